"""The lexicons of foreign_clauses: per language, the parts a common duty clause is built of (Latin-script and
Cyrillic languages), the wordings of Chinese, Japanese and Korean clauses, what undoes a clause, and the words
that announce a block in one of these languages. Data only: openlint.text.patterns.foreign_clauses joins them."""

from __future__ import annotations

# Latin-script languages: each entry one alternation (lower-cased view, one space between words).
# ban: the clause forbids (a verb negated, "interdit"); duty: it requires; only: a grant confined to;
# comm: commercial use named; nc: non-commercial named; gate: "without a licence / permission";
# requires: needs (for commercial use: registration); credit: credit the author or the source;
# same: under the same licence or terms; share: distribute or share; deriv: modify, derive, share;
# copy: a copy of, the text of or a link to the licence; train: train or improve other models.
LATIN: dict[str, dict[str, str]] = {
    "French": {
        # round 13 (fixQ): a condition that is a duty ("à condition que la licence soit jointe"), a licence attached,
        # notices kept, recipients bound, changes marked, a derivative staying under the licence, a grant for research
        "cond": r"(?:à|a)\scondition\s(?:que|qu['’]|de|d['’])|pourvu\squ|sous\sr[ée]serve\squ",
        "attached": r"(?:la\s(?:présente\s)?|cette\s)licence\s(?:soit|doit\sêtre|est|sera)\s(?:[a-z]+\s)?(?:jointe|fournie|incluse|annexée)"
        r"|(?:joindre|inclure|fournir|annexer)\s(?:une\scopie\sde\s|le\stexte\sde\s)?(?:la\sprésente\s|cette\s|la\s)licence",
        "notices": r"(?:mentions?|avis|notices?)\s(?:de\s|du\s|relatifs?\s(?:au|aux)\s)?(?:copyright|droits?\sd['’]auteur)",
        "keep": r"conserv\w*|maint(?:enir|enu\w*|ien\w*)|pr[ée]serv\w*|ne\spas\s(?:supprimer|retirer|effacer)",
        "recipients": r"destinataires|b[ée]n[ée]ficiaires|utilisateurs\sfinaux|tiers\sdestinataires",
        "bound": r"(?:soient|sont|seront|doivent\sêtre)\s(?:[a-zé]+\s){0,2}?(?:limit[ée]s|soumis|tenus|li[ée]s|astreints)",
        "same_limits": r"(?:soumis|assujettis?)e?s?\saux\smêmes\s(?:restrictions|limitations|obligations)",
        "changed": r"(?:indiqu|signal|mentionn|pr[ée]cis|d[ée]clar)\w*\s(?:[a-zé'’]+\s){0,6}?(?:version\smodifi|modifications?\b|changements)"
        r"|qu['’]il\ss['’]agit\sd['’]une\sversion\smodifi",
        "remains": r"(?:modifi|d[ée]riv|adapt)\w*[^.;:!?]{0,60}?\b(?:reste|restent|demeure|demeurent)\s(?:[a-z]+\s)?(?:soumis|r[ée]gi)e?s?"
        r"\s(?:à|a|par)\s(?:la\sprésente|cette|la\smême)\slicence",
        "grant": r"autoris\w*|accord\w*|conc[ée]d\w*|droit\sd['’]utiliser|droits?\sconc[ée]d\w*|pouvez\sutiliser",
        "research": r"(?:pour|à\sdes\sfins\sde|a\sdes\sfins\sde|dans\sle\scadre\sd(?:e\sla|e|['’]))\s(?:la\s|des?\s|vos\s|l['’])?"
        r"(?:usages?\sde\s|travaux\sde\s|besoins\sde\s|fins\sde\s)?recherche",
        "obtain": r"obtenir|acqu[ée]rir|souscrire|conclure",
        "without": r"sans",
        "commlic": r"licence\s(?:commerciale|d['’]exploitation\scommerciale)",
        "needed": r"requise|n[ée]cessaire|obligatoire",
        "contact": r"contact\w*",
        "ban": r"interdite?s?|prohib[ée]e?s?|proscrite?s?|(?:ne|n['’])\s?(?:pouvez|peut|peuvent|pourrez|pourra|devez|doit"
        r"|doivent|devrez|devra)\s(?:pas|jamais|en aucun cas)|(?:pas|nullement)\s(?:autoris|permis)\w*",
        "duty": r"devez|doit|doivent|devrez|devra|(?:êtes|etes|est|sont)\stenue?s?|obligatoire\w*|(?:est|sont)\sexig[ée]e?s?"
        # a duty named as a noun: "avec obligation de citer" (not "sans obligation de")
        r"|(?<=\bavec\s)(?:l['’])?obligation\sd(?:e\b|['’])",
        "only": r"uniquement|exclusivement|seulement|strictement|r[ée]serv[ée]e?s?\s(?:à|a)|limit[ée]e?s?\s(?:à|a)",
        "comm": r"(?:usages?|utilisations?|exploitations?|fins|buts?|applications?)\s(?:[a-zéèêà]{1,12}\s)?commercia\w*"
        r"|exploitations?\sfinanci[eè]res?|(?:fins|buts?)\slucrati\w*",
        "nc": r"non-commercia\w*",
        "gate": r"sans\s(?:une?\s|la\s|le\s|l['’]\s?|(?:l['’])?accord\s)?(?:licence|autorisation|accord|permission|consentement)",
        "requires": r"n[ée]cessite\w*|requi[eè]r\w*|exige\w*|soumise?s?\s(?:à|a)|subordonn[ée]e?s?\s(?:à|a)",
        "leave": r"licence|autorisation|accord|permission|consentement|contrat",
        "credit": r"cit(?:er|ez|é|e|ée|és|ées)\b|crédit\w*|credit\w*|mentionner\s(?:[a-zé']{1,12}\s){0,2}?(?:[ld]['’])?(?:auteur|source|nom)"
        r"|(?:indiquer|attribuer)\s(?:[a-zé']{1,12}\s){0,2}?(?:[ld]['’])?(?:paternit[ée]|auteur|source)|paternit[ée]",
        "same": r"(?:même|meme|identique)\slicence|mêmes\s(?:conditions|termes)|memes\s(?:conditions|termes)",
        "share": r"distribu\w*|diffus\w*|partag\w*|publi\w*",
        "deriv": r"modifi(?:er|ez|cation)\w*|redistribu\w*|distribu(?:er|ez)\b|partager|[œo]uvres?\sd[ée]riv[ée]e?s?"
        r"|mod[eè]les?\sd[ée]riv[ée]s?",
        "copy": r"(?:copie|texte|lien)\s(?:[a-zé]{1,10}\s)?(?:de|vers)\s(?:la\s|cette\s|la\sprésente\s)licence",
        "train": r"(?:entra[iî]n\w*|am[ée]lior\w*|d[ée]velopp\w*)\s(?:[a-zé']{1,12}\s){0,2}?"
        r"(?:d['’]\s?autres|un\sautre|tout\sautre|autres|nouveaux|concurrent\w*)\s(?:[a-zé]{1,12}\s)?(?:mod[eè]les?|syst[eè]mes?)",
        "changes": r"\bse\sr[ée]serve\sle\sdroit\sde\s(?:modifier|mettre\s(?:à|a)\sjour|r[ée]viser|changer)\s(?:la\sprésente\s|cette\s|la\s|ces\s|les\s)?"
        r"(?:licence|conditions|termes|contrat|politique)|\b(?:la\sprésente\slicence|cette\slicence|ces\sconditions|les\sprésentes\sconditions)"
        r"\speu(?:t|vent)\s(?:[a-zé]{1,12}\s)?être\s(?:modifi|mise?s?\s(?:à|a)\sjour|r[ée]vis)",
        "following": r"(?:la\s|l['’])(?:mention|attribution|crédit|credit)\s(?:de\s[a-zé]{1,12}\s)?suivante?",
    },
    "Spanish": {
        "cond": r"(?:a|con\sla)\scondici[óo]n\sde(?:\sque)?|siempre\sque|siempre\sy\scuando",
        "attached": r"(?:esta|la\spresente|la)\slicencia\s(?:se\s)?(?:adjunte|incluya|acompañe|proporcione)"
        r"|se\s(?:adjunte|incluya|proporcione)\s(?:una\scopia\sde\s|el\stexto\sde\s)?(?:esta|la\spresente|la)\slicencia"
        r"|(?:adjuntar|incluir|proporcionar)\s(?:una\scopia\sde\s|el\stexto\sde\s)?(?:esta|la\spresente|la)\slicencia",
        "notices": r"(?:avisos?|notas?|menci(?:ón|ones|on))\s(?:de\s)?(?:copyright|derechos\sde\sautor)",
        "keep": r"conserv\w*|manten\w*|mantien\w*|preserv\w*|no\s(?:eliminar|retirar|suprimir)",
        "recipients": r"destinatarios|receptores|usuarios\sfinales",
        "bound": r"(?:estén|esten|están|estan|queden|quedan|sean)\s(?:[a-záé]+\s)?(?:limitad|sujet|obligad|vinculad)\w*",
        "same_limits": r"sujet[oa]s?\sa\slas\smismas\s(?:restricciones|limitaciones|obligaciones)",
        "changed": r"(?:indic|señal|senal|mencion|declar)\w*\s(?:[a-záéíóú'’]+\s){0,6}?(?:versi[óo]n\smodificada|modificaciones|cambios)",
        "remains": r"(?:modific|deriv|adapt)\w*[^.;:!?]{0,60}?\b(?:sigue|siguen|seguirá|permanece|permanecen|queda|quedan)\s(?:sujet|regid)[oa]s?"
        r"\s(?:a|por)\s(?:esta|la\spresente|la\smisma)\slicencia",
        "grant": r"autoriz\w*|conced\w*|conce[dc]e\w*|otorg\w*|derecho\sa\s(?:usar|utilizar)|puede\s(?:usar|utilizar)",
        "research": r"(?:para|con\sfines\sde|en\sel\smarco\sde)\s(?:la\s|fines\sde\s|usos?\sde\s|sus\s)?investigaci[óo]n",
        "obtain": r"obtener|adquirir|solicitar|suscribir",
        "without": r"sin",
        "commlic": r"licencia\scomercial",
        "needed": r"(?:es\s|será\s)?(?:necesaria|requerida|obligatoria)",
        "contact": r"contact\w*|póngase\sen\scontacto|pongase\sen\scontacto",
        "ban": r"prohibid[oa]s?|se\sprohíbe|se\sprohibe|(?:no|nunca)\s(?:se\s|le\s|les\s)?(?:puede|pueden|podrá|podrán|podra|podran"
        r"|debe|deben|deberá|deberán|debera|deberan)\b|no\s(?:está|esta|están|estan)\s(?:permitid|autorizad)\w*"
        r"|no\sse\spermite",
        "duty": r"(?<!no\s)(?:debe|deben|deberá|deberán|debera|deberan)\b|tiene\sque|tienen\sque|(?:es|será)\sobligatori\w*"
        r"|(?<!no\s)(?:está|esta|están|estan)\sobligad\w*|(?<!no\s)se\srequiere|obligatoriamente"
        r"|(?<=\bcon\s)(?:la\s)?obligación\sde\b",
        "only": r"únicamente|unicamente|exclusivamente|solamente|sólo|solo|limitad[oa]s?\sa|restringid[oa]s?\sa",
        "comm": r"(?:usos?|fines|propósitos|propositos|explotación|explotacion|aplicaciones|utilización|utilizacion)"
        r"\s(?:[a-záéíóú]{1,12}\s)?comercial\w*",
        "nc": r"no[\s-]comercial\w*",
        "gate": r"sin\s(?:una?\s|la\s|el\s|previa\s|el\sprevio\s)?(?:licencia|autorización|autorizacion|permiso|consentimiento"
        r"|acuerdo)",
        "requires": r"requiere\w*|necesita\w*|exige\w*|sujet[oa]s?\sa|está\ssujet[oa]",
        "leave": r"licencia|autorización|autorizacion|permiso|consentimiento|acuerdo|contrato",
        "credit": r"citar|cite|citad[oa]s?|mencionar\s(?:[a-záéíóú]{1,12}\s){0,2}?(?:autor\w*|fuente|nombre)|atribu(?:ir|ya|ción|cion)"
        r"|(?:dar|otorgar|reconocer)\s(?:[a-z]{1,6}\s)?(?:crédito|credito|autoría|autoria)|indicar\s(?:la\s|el\s)?(?:fuente|autor\w*)",
        "same": r"(?:misma|idéntica|identica)\slicencia|mismos\stérminos|mismos\sterminos|mismas\scondiciones",
        "share": r"distribu\w*|compart\w*|publi\w*",
        "deriv": r"modificar\w*|modificaci(?:ó|o)n\w*|redistribuir\w*|redistribuci(?:ó|o)n\w*|distribuir\w*|compartir\w*"
        r"|obras\sderivadas|trabajos\sderivados|modelos\sderivados",
        "copy": r"(?:copia|texto|enlace|vínculo|vinculo)\s(?:[a-z]{1,10}\s)?de\s(?:esta\s|la\s|la\spresente\s)licencia",
        "train": r"(?:entrenar|entrenamiento|mejorar|desarrollar)\s(?:[a-záéíóú]{1,12}\s){0,2}?(?:otros?|cualquier\sotro|nuevos?)\s"
        r"(?:[a-záéíóú]{1,12}\s)?(?:modelos?|sistemas?)",
        "changes": r"\bse\sreserva\sel\sderecho\s(?:a|de)\s(?:modificar|actualizar|cambiar|revisar)\s(?:esta\s|la\spresente\s|la\s|estos\s|los\s|las\s|estas\s)?"
        r"(?:licencia|términos|terminos|condiciones|acuerdo|contrato|política|politica)"
        r"|\b(?:esta\slicencia|la\spresente\slicencia|estos\stérminos|estos\sterminos|estas\scondiciones)\spued(?:e|en)\sser\s"
        r"(?:modificad|actualizad|cambiad|revisad)",
        "following": r"(?:la\s|el\s)(?:siguiente\s)(?:atribuci(?:ó|o)n|cr(?:é|e)dito|menci(?:ó|o)n|reconocimiento)",
    },
    "German": {
        "cond": r"vorausgesetzt,?\s(?:dass\s)?|unter\sder\sbedingung,?\s(?:dass\s)?|sofern",
        "attached": r"(?:diese|die)\slizenz\s(?:[a-zäöüß]+\s){0,3}?(?:beizufügen|beizufuegen|beifügen|beilegen|beizulegen|mitzuliefern|beigefügt)",
        "notices": r"urheberrechtsvermerk\w*|urheberrechtshinweis\w*|copyright-?(?:vermerk|hinweis)\w*",
        "keep": r"beibehalt\w*|beizubehalten|erhalten\sbleiben|nicht\s(?:zu\s)?entfern\w*",
        "recipients": r"empfänger\w*|empfaenger\w*",
        "bound": r"(?:ebenfalls|gleichermaßen|auch)\s(?:an\s[^.;]{0,30}?\s)?(?:gebunden|beschränkt|verpflichtet)",
        "same_limits": r"(?:denselben|den\sgleichen)\s(?:beschränkungen|einschränkungen)\sunterl",
        "changed": r"(?:änderungen|aenderungen|geänderte\s(?:fassung|version))\s(?:[a-zäöüß]+\s){0,4}?(?:kenntlich|kennzeichnen|zu\skennzeichnen|anzugeben|angeben|vermerken)",
        "remains": r"(?:geändert|bearbeitet|abgeleitet)\w*[^.;:!?]{0,60}?\b(?:unterliegt|unterliegen|bleibt|bleiben)\s(?:weiterhin\s|ebenfalls\s)?"
        r"(?:dieser|der\sgleichen|derselben)\slizenz",
        "grant": r"gewährt|gewaehrt|erteilt|räumt",
        "research": r"(?:für|fuer|zu)\s(?:[a-zäöüß]+\s)?(?:forschungszweck\w*|forschung\b|wissenschaftliche\w*\szwecke\w*)",
        "obtain": r"erwerben|einholen|abschließen|abschliessen",
        "without": r"ohne",
        "commlic": r"(?:kommerzielle|gewerbliche)n?\slizenz",
        "needed": r"(?:ist\s)?erforderlich|notwendig",
        "contact": r"kontakt\w*|wenden\s(?:sie\s)?sich",
        "ban": r"verboten|untersagt|nicht\s(?:gestattet|erlaubt|zulässig|zulaessig)|(?:darf|dürfen|duerfen|dürft)\b[^.;]{0,60}?\bnicht\b(?![-\s]?(?:kommerziell|gewerblich))",
        "duty": r"müssen|muessen|muss|muß|(?<!nicht\s)verpflichtet|ist\s(?:stets\s|immer\s)?(?:anzugeben|beizufügen|beizufuegen|zu\snennen)"
        r"|sind\s(?:stets\s|immer\s)?(?:anzugeben|beizufügen|beizufuegen|zu\snennen)",
        "only": r"nur|ausschließlich|ausschliesslich|lediglich",
        "comm": r"(?:kommerziell|gewerblich)\w*\s(?:[a-zäöüß]{1,15}\s)?(?:nutzung|zwecke?n?|verwendung|einsatz|anwendung\w*"
        r"|gebrauch|verwertung)|(?:kommerziell|gewerblich)\w*\s(?:zu\s)?(?:nutzen|verwenden|einsetzen|verwerten)",
        "nc": r"nicht-?(?:kommerziell|gewerblich)\w*|nicht\s(?:kommerziell|gewerblich)\w*",
        "gate": r"ohne\s(?:[a-zäöüß]{1,12}\s)?(?:lizenz|genehmigung|zustimmung|erlaubnis|einwilligung|vereinbarung)",
        "requires": r"erfordert|bedarf|bedürfen|beduerfen|erfordern|setzt\s[^.;]{0,20}?voraus",
        "leave": r"lizenz\w*|genehmigung|zustimmung|erlaubnis|einwilligung|vereinbarung|vertrag\w*",
        "credit": r"namensnennung|(?:urheber|autor|autoren|autorin|quelle)\w*\s(?:[a-zäöüß]{1,12}\s){0,3}?(?:nennen|angeben|anzugeben"
        r"|zu\snennen|zitieren)|zitier\w*|quellenangabe",
        "same": r"(?:gleichen|selben|derselben|identischen)\s(?:lizenz|bedingungen|lizenzbedingungen)\w*",
        "share": r"verbreit\w*|weitergeb\w*|weiterzugeben|teil\w*|veröffentlich\w*|verteil\w*",
        "deriv": r"(?:verändern|veraendern|bearbeiten|modifizieren|weitergeben|weiterzugeben|verbreiten|vertreiben|weiterverbreiten)\b"
        r"|(?:veränderung|bearbeitung|modifizierung|weitergabe|weiterverbreitung)\b|abgeleitete?n?\s(?:werke|modelle)",
        "copy": r"(?:kopie|abschrift|text|link|verweis)\s(?:[a-zäöüß]{1,12}\s)?(?:dieser|der)\slizenz|lizenztext\w*",
        "train": r"(?:andere|anderer|anderen|weitere|konkurrierende)\s(?:ki-?)?(?:modell|system)\w*\s[^.;]{0,40}?(?:trainier|verbesser|entwickel)\w*"
        r"|(?:trainier|training|verbesser|entwickl)\w*\s[^.;]{0,40}?(?:anderer|anderen|andere)\s(?:ki-?)?(?:modell|system)",
        "changes": r"\bbehält\ssich\s(?:das\srecht\s)?vor,?\s(?:[a-zäöüß]{1,15}\s){0,3}?(?:lizenz|bedingungen|nutzungsbedingungen|lizenzbedingungen|nutzungsrichtlinie\w*|richtlinie\w*)"
        r"\s(?:[a-zäöüß]{1,15}\s){0,2}?zu\s(?:ändern|aktualisieren|überarbeiten)|\b(?:diese|die)\s(?:lizenz|bedingungen|lizenzbedingungen)"
        r"\skann\s(?:[a-zäöüß]{1,15}\s){0,2}?(?:geändert|aktualisiert|überarbeitet)\swerden",
        "following": r"(?:folgende|folgenden)\s(?:namensnennung|quellenangabe|urhebervermerk|hinweis)",
    },
    "Portuguese": {
        "cond": r"desde\sque|contanto\sque|(?:com\sa|sob\sa)\scondi[çc][ãa]o\sde(?:\sque)?",
        "attached": r"(?:esta|a\spresente|a)\slicen[çc]a\s(?:seja|deve\sser|é|e)\s(?:[a-z]+\s)?(?:anexada|inclu[ií]da|fornecida|acompanhada)"
        r"|(?:anexar|incluir|fornecer)\s(?:uma\scópia\sd[ae]\s|o\stexto\sd[ae]\s)?(?:esta|a\spresente|a)\slicen[çc]a",
        "notices": r"(?:avisos?|notas?|men[çc](?:ão|ões|ao|oes))\s(?:de\s)?(?:copyright|direitos\sautorais)",
        "keep": r"conserv\w*|mant(?:er|enha|enham|ido|idos|ida|idas)\b|preserv\w*|(?:não|nao)\s(?:remover|excluir|retirar)",
        "recipients": r"destinatários|destinatarios|usuários\sfinais|usuarios\sfinais",
        "bound": r"(?:sejam|são|sao|estejam|estão|estao|fiquem)\s(?:[a-zé]+\s)?(?:limitad|sujeit|obrigad|vinculad)\w*",
        "same_limits": r"sujeit[oa]s?\s(?:às|as)\smesmas\s(?:restrições|restricoes|limitações|limitacoes|obrigações)",
        "changed": r"(?:indic|sinaliz|mencion|declar|inform)\w*\s(?:[a-zãâáéêíóôõúç'’]+\s){0,6}?(?:vers[ãa]o\smodificada|modifica[çc](?:ões|oes)|altera[çc](?:ões|oes))",
        "remains": r"(?:modific|deriv|adapt)\w*[^.;:!?]{0,60}?\b(?:permanece|permanecem|continua|continuam|fica|ficam)\s(?:sujeit|regid)[oa]s?"
        r"\s(?:a|à|pela)\s(?:esta\s|presente\s|mesma\s)?licen[çc]a",
        "grant": r"autoriz\w*|conced\w*|concede\w*|outorg\w*|direito\sde\s(?:usar|utilizar)|pode\s(?:usar|utilizar)",
        "research": r"(?:para|com\sfins\sde|no\sâmbito\sda)\s(?:a\s|fins\sde\s|usos?\sde\s)?(?:pesquisa|investiga[çc][ãa]o)"
        # round 14 (fix24): use in research ("liberados para uso em pesquisa e educação apenas")
        r"|(?:uso|usos|utiliza[çc][ãa]o)\sem\s(?:a\s)?(?:pesquisa|investiga[çc][ãa]o)",
        "obtain": r"obter|adquirir|solicitar|contratar",
        "without": r"sem",
        "commlic": r"licen[çc]a\scomercial",
        "needed": r"(?:é\s|e\s)?(?:necessária|necessaria|exigida|obrigatória|obrigatoria)",
        "contact": r"contat\w*|contact\w*",
        "ban": r"proibid[oa]s?|vedad[oa]s?|(?:não|nao)\s(?:se\s)?(?:pode|podem|poderá|poderão|podera|poderao|deve|devem|deverá|deverão)\b"
        r"|(?:não|nao)\s(?:é|e|são|sao|está|esta)\s(?:permitid|autorizad)\w*"
        # round 14 (fix24): a negated infinitive opening a clause or an item, an imperative ("Não transformar ...")
        r"|(?:(?<![\s\S])|(?<=^\s)|(?<=[.:;]\s)|(?<=\d\.\s)|(?<=[-*]\s))(?:não|nao)\s[a-zç]{2,20}(?:ar|er|ir)\b",
        "duty": r"(?<!não\s)(?<!nao\s)(?:deve|devem|deverá|deverão|devera|deverao)\b|tem\sque|têm\sque|(?:é|e)\sobrigatóri\w*"
        r"|obrigatoriamente|(?<!não\s)(?:é|está|e|esta)\sobrigad\w*|(?<=\bcom\s)(?:a\s)?obrigação\sde\b"
        # round 14 (fix24): the licensee agrees or undertakes to ("você concorda em", "compromete-se a")
        r"|(?<!não\s)(?<!nao\s)concord(?:a|am|o|ará|arão)\sem\b|compromete(?:-se)?\sa\b|comprometem-se\sa\b|se\scompromete(?:m)?\sa\b",
        "only": r"apenas|exclusivamente|somente|unicamente|limitad[oa]s?\sa|restrit[oa]s?\sa",
        "comm": r"(?:usos?|fins|propósitos|propositos|finalidades?|exploração|exploracao|utilização|utilizacao|aplicações)"
        r"\s(?:[a-zãâáéêíóôõúç]{1,12}\s)?comercia\w*",
        "nc": r"(?:não|nao)[\s-]comercia\w*",
        "gate": r"sem\s(?:uma?\s|a\s|o\s|prévia\s|previa\s)?(?:licença|licenca|autorização|autorizacao|permissão|permissao"
        r"|consentimento|acordo)",
        "requires": r"requer\w*|exige\w*|necessita\w*|sujeit[oa]s?\sa|depende\sde",
        "leave": r"licença|licenca|autorização|autorizacao|permissão|permissao|consentimento|acordo|contrato",
        "credit": r"citar|cite|citad[oa]s?|mencionar\s(?:[a-zãáéíóç]{1,12}\s){0,2}?(?:autor\w*|fonte|nome)|atribui(?:r|ção|cao)"
        r"|(?:dar|reconhecer)\s(?:[a-z]{1,6}\s)?(?:crédito|credito|autoria)|indicar\s(?:a\s|o\s)?(?:fonte|autor\w*)",
        "same": r"mesma\slicença|mesma\slicenca|mesmos\stermos|mesmas\scondições|mesmas\scondicoes",
        "share": r"distribu\w*|compartilh\w*|partilh\w*|publica\w*|repass\w*",
        "deriv": r"modificar\w*|modifica(?:ção|ções|cao|coes)|redistribuir\w*|redistribui(?:ção|ções|cao|coes)|distribuir\w*|compartilhar"
        r"|obras\sderivadas|modelos\sderivados",
        "copy": r"(?:cópia|copia|texto|link)\s(?:[a-z]{1,10}\s)?d[ae]\s(?:esta\s|a\s|presente\s)?licen[çc]a",
        "train": r"(?:treinar|treinamento|treino|melhorar|aprimorar|desenvolver)\s(?:[a-zãáéíóç]{1,12}\s){0,2}?(?:outros?|quaisquer\soutros|novos?)\s"
        r"(?:[a-zãáéíóç]{1,12}\s)?(?:modelos?|sistemas?)",
        "changes": r"\b(?:se\sreserva|reserva-se)\so\sdireito\sde\s(?:modificar|alterar|atualizar|revisar)\s(?:esta\s|a\spresente\s|a\s|estes\s|os\s|as\s|estas\s)?"
        r"(?:licença|licenca|termos|condições|condicoes|contrato|acordo|política|politica)"
        r"|\b(?:esta\slicença|esta\slicenca|a\spresente\slicença|estes\stermos|estas\scondições)\s(?:pode|poderá|podem|poderão)\sser\s"
        r"(?:modificad|alterad|atualizad|revisad)",
        "following": r"(?:a\s|o\s)(?:seguinte\s)(?:atribuição|atribuicao|crédito|credito|menção|mencao|referência)",
    },
    "Italian": {
        "cond": r"a\scondizione\s(?:che|di)|purch[ée]|(?:a|alla)\scondizione\sche",
        "attached": r"(?:la\spresente|questa|la)\slicenza\s(?:sia|venga|deve\sessere)\s(?:[a-z]+\s)?(?:allegata|inclusa|fornita)"
        r"|(?:allegare|includere|fornire)\s(?:una\scopia\sdella\s|il\stesto\sdella\s)?(?:presente\s|questa\s)?licenza",
        "notices": r"(?:avvis[oi]|not[ae]|indicazion[ei]|menzion[ei])\s(?:di\s|del\s|sul\s)?(?:copyright|diritto\sd['’]autore)",
        "keep": r"conserv\w*|mantene\w*|mantenut\w*|preserv\w*|non\s(?:rimuovere|eliminare)",
        "recipients": r"destinatari|utenti\sfinali",
        "bound": r"(?:siano|sono|saranno)\s(?:[a-zàè]+\s)?(?:limitat|soggett|vincolat|tenut)\w*",
        "same_limits": r"soggett[ioae]\salle\s(?:stesse|medesime)\s(?:restrizioni|limitazioni|obbligazioni)",
        "changed": r"(?:indic|segnal|menzion|dichiar)\w*\s(?:[a-zàèéìòù'’]+\s){0,6}?(?:versione\smodificata|modifiche)",
        "remains": r"(?:modific|deriv|adatt)\w*[^.;:!?]{0,60}?\b(?:resta|restano|rimane|rimangono)\s(?:soggett|disciplinat)[oaie]"
        r"\s(?:alla|dalla)\s(?:presente|stessa|medesima)\slicenza",
        "grant": r"autorizz\w*|conced\w*|concess\w*|accorda\w*|diritto\sdi\sutilizzare|può\sutilizzare",
        "research": r"(?:per|a\sfini\sdi|ai\sfini\sdi|nell['’]ambito\sdella)\s(?:la\s|scopi\sdi\s|fini\sdi\s|usi\sdi\s)?ricerca",
        "obtain": r"ottenere|acquistare|acquisire|richiedere",
        "without": r"senza",
        "commlic": r"licenza\scommerciale",
        "needed": r"(?:è\s)?(?:necessaria|richiesta|obbligatoria)",
        "contact": r"contatt\w*",
        "ban": r"vietat[oaie]|proibit[oaie]|non\s(?:è|e|sono)\s(?:consentit|permess|autorizzat)\w*"
        r"|non\s(?:si\s)?(?:può|puo|possono|potrà|potranno|deve|devono|dovrà|dovranno)\b",
        "duty": r"(?<!non\s)(?:deve|devono|dovrà|dovranno|dovra|dovranno)\b|(?:è|e)\sobbligatori\w*|obbligatoriamente"
        # a duty named as a noun: "con obbligo di attribuzione" (not "senza obbligo di")
        r"|(?<=\bcon\s)(?:l['’])?obbligo\sd[ie]\b"
        r"|(?<!non\s)(?:è|sono)\stenut\w*",
        "only": r"esclusivamente|unicamente|soltanto|solo|solamente|limitat[oaie]\sa|riservat[oaie]\sa",
        "comm": r"(?:usi|uso|fini|scopi|utilizzo|utilizzi|sfruttamento|impieghi|applicazioni)\s(?:[a-zàèéìòù]{1,12}\s)?commercial\w*",
        "nc": r"non-commercial\w*",
        "gate": r"senza\s(?:una?\s|la\s|il\s|previa\s|previo\s)?(?:licenza|autorizzazione|permesso|consenso|accordo)",
        "requires": r"richiede\w*|necessita\w*|subordinat[oa]\sa|soggett[oa]\sa",
        "leave": r"licenza|autorizzazione|permesso|consenso|accordo|contratto",
        "credit": r"citare|cita|citat[oaie]|menzionare\s(?:[a-zàèéìòù]{1,12}\s){0,2}?(?:[ld]['’])?(?:autor\w*|fonte|nome)|attribu(?:ire|zione)"
        r"|(?:dare|riconoscere)\s(?:[a-z]{1,6}\s)?(?:credito|crediti|paternità)|indicare\s(?:la\s|il\s|l['’])?(?:fonte|autor\w*)",
        "same": r"(?:stessa|medesima)\slicenza|stessi\stermini|(?:stesse|medesime)\scondizioni",
        "share": r"distribu\w*|condivi\w*|pubblica\w*",
        "deriv": r"modificare|modific(?:a|he|azione|azioni)\b|ridistribuire|ridistribuzione|distribuire|condividere|opere\sderivate"
        r"|modelli\sderivati",
        "copy": r"(?:copia|testo|link|collegamento)\s(?:[a-z]{1,10}\s)?(?:della|alla)\s(?:presente\s)?licenza",
        "train": r"(?:addestrare|addestramento|migliorare|sviluppare)\s(?:[a-zàèéìòù]{1,12}\s){0,2}?(?:altri|qualsiasi\saltro|nuovi)\s"
        r"(?:[a-zàèéìòù]{1,12}\s)?(?:modell[io]|sistem[ia])",
        "changes": r"\bsi\sriserva\sil\sdiritto\sdi\s(?:modificare|aggiornare|cambiare|rivedere)\s(?:la\spresente\s|questa\s|la\s|i\s|questi\s|le\s)?"
        r"(?:licenza|termini|condizioni|contratto|politica)"
        r"|\b(?:la\spresente\slicenza|questa\slicenza|questi\stermini|queste\scondizioni)\s(?:può|puo|potrà|possono)\sessere\s"
        r"(?:modificat|aggiornat|rivist)",
        "following": r"(?:la\s|il\s|l['’])(?:seguente\s)(?:attribuzione|credito|menzione|riconoscimento)",
    },
    "Russian or Ukrainian": {
        "without": r"без",
        "commlic": r"(?:коммерческ|комерційн)\w*\s(?:лицензи|ліцензі)\w*",
        "needed": r"(?:необходим|обязательн|потрібн|обов['’]язков|требуется)\w*",
        "contact": r"свяж\w*|обращайтесь|обратитесь|звертайтеся|зв['’]яж\w*",
        "ban": r"запрещ\w*|заборон\w*|(?:не|нельзя)\s(?:может|могут|можете|вправе|допуска\w*|разреша\w*|дозволя\w*|дозволено"
        r"|разрешено|можна|має\sправа|маєте\sправа|мають\sправа)|нельзя|не\sможна",
        "duty": r"(?<!не\s)(?:необходимо|обязан\w*|должн\w*|нужно|требуется|следует|повинн\w*|зобов['’]язан\w*|необхідно"
        r"|потрібно|слід)\b",
        "only": r"только|исключительно|лише|тільки|виключно",
        "comm": r"(?:коммерческ|комерційн)\w*\s(?:[а-яіїєґё']{1,15}\s)?(?:цел|использ|применен|використан|застосуван|мет)\w*",
        "nc": r"(?:некоммерческ|некомерційн)\w*",
        "gate": r"без\s(?:[а-яіїєґё']{1,15}\s)?(?:лицензи|ліцензі|разрешени|дозвол|согласи|згод)\w*",
        "requires": r"требует\w*|необходим\w*|потребує\w*|вимагає\w*",
        "leave": r"лицензи\w*|ліцензі\w*|разрешени\w*|дозвол\w*|согласи\w*|згод\w*|договор\w*",
        "credit": r"(?:указ\w*|укажите|зазнач\w*|назва\w*|назов\w*|упомян\w*|згада\w*)\s(?:[а-яіїєґё'’]{1,15}\s){0,2}?"
        r"(?:автор\w*|источник\w*|джерел\w*)|атрибуц\w*",
        "same": r"(?:тех\sже|тех\sсамых|той\sже|такой\sже|тих\sсамих|тих\sже|тієї\sж|тією\sж|такою\sж)\s(?:услови|лицензи|умов|ліцензі)\w*",
        "share": r"распростран\w*|поширю\w*|поширен\w*|розповсюдж\w*|публику\w*|публіку\w*",
        "deriv": r"(?:изменя|изменени|модифицир|модификац|распростран|змінюва|модифіку|поширю|розповсюдж)\w*|производн\w*\sпроизведени\w*"
        r"|похідн\w*\sтвор\w*",
        "copy": r"(?:копи\w*|текст\w*|ссылк\w*|посилання)\s(?:на\s)?(?:эту\s|этой\s|цю\s|цієї\s|настоящей\s|данн\w*\s|даної\s)?(?:лицензи|ліцензі)\w*",
        "train": r"(?:обуч\w*|тренир\w*|улучш\w*|навча\w*|трену\w*|покращ\w*)\s[^.;]{0,40}?(?:других|иных|інших|сторонніх|сторонних)"
        r"\s(?:[а-яіїєґё]{1,15}\s)?(?:моделей|модели|моделі|модель|систем\w*)",
        "changes": r"(?:оставляет|залишає)\sза\sсобо(?:й|ю)\sправо\s(?:изменять|изменить|обновлять|змінювати|змінити|оновлювати)\s"
        r"(?:настоящую\s|эту\s|данную\s|цю\s|дану\s)?(?:лицензи|услови|ліцензі|умов)\w*",
        "following": r"следующ\w*\s(?:атрибуци|указани|упоминани)\w*|наступн\w*\s(?:атрибуці|зазначенн)\w*",
    },
}

# How each language's ban is said before a list item it governs ("É expressamente proibido:" then "1. Redistribuição
# dos pesos"): an item is read after this phrase, as the Chinese items after "禁止将模型用于" (openlint.text.lead_in).
BAN_LEAD: dict[str, str] = {
    "French": "il est interdit de ",
    "Spanish": "está prohibido ",
    "German": "es ist untersagt, ",
    "Portuguese": "é proibido ",
    "Italian": "è vietato ",
    "Russian or Ukrainian": "запрещено ",
}

# Harmful uses a ban names, in any of the Latin-script lexicons (acceptable_use: "é proibido utilizar X para atividades
# ilegais", "il est interdit d'utiliser X à des fins frauduleuses"; round 13, fixQ).
HARM = (
    r"\b(?:ileg(?:al|ais|ales)|ill[ée]ga(?:l|le|les|ux)|illegal[ei]?|illecit[oaie]|il[ií]cit[oa]s?|illicite?s?|rechtswidrig\w*"
    r"|fraud\w*|frauduleu\w*|betrüg\w*|betrueg\w*|ass[ée]dio|acoso|harc[eè]lement|molestie|belästigung\w*"
    r"|discrimin\w*|diskriminier\w*|terroris\w*|malveillant\w*|malicios\w*|dannos[oaie]|nocivos?|nocivas?"
    # round 14 (fix24): decisions about people left to the machine ("decisão automática sobre pessoas")
    r"|decis(?:ão|ao|ões|oes|ión|ion|iones|ions?|ione|ioni)\s(?:[a-zà-ú]+\s)?(?:automátic|automatic|automatizad|automatis|automatiz)\w*"
    r"|automatisierte\w*\s(?:einzel)?entscheidung\w*)\b"
)
# Tampering a ban names ("tentar descompilar, modificar ou acessar o código-fonte"): an anti-tampering clause, no ban on
# modifying or sharing what is licensed (round 13, fixQ).
TAMPER = (
    r"descompil\w*|d[ée]compil\w*|decompil\w*|dekompil\w*|engenharia\sreversa|ingenier[ií]a\sinversa|r[ée]tro-?ing[ée]ni\w*"
    r"|ingegneria\sinversa|reverse[-\s]engineer\w*|desensambl\w*|d[ée]sassembl\w*|disassembl\w*"
)

# How each language's duty is said before a list item it governs ("à condition que :" or "Vous devez indiquer :" then
# "- la présente licence soit jointe"): an item is read after this phrase (openlint.text.lead_in; round 13, fixQ).
DUTY_LEAD: dict[str, str] = {
    "French": "à condition que ",
    "Spanish": "a condición de que ",
    "German": "vorausgesetzt, dass ",
    "Portuguese": "desde que ",
    "Italian": "a condizione che ",
}

# What undoes a clause in any of the languages: a ban negated ("n'est pas interdit"), a duty waived or
# said not to be one ("n'est pas obligatoire", "no es necesario"), a mere invitation ("nous vous encourageons").
UNDONE = (
    r"\bpas\s(?:interdit|prohib|obligatoire|nécessaire|necessaire|requis|tenu)|\bnon\s(?:interdit|obligatori|necessari|richiest|vietat)"
    r"|\bno\s(?:está\sprohibid|esta\sprohibid|es\sobligatori|es\snecesari|se\srequiere|está\sobligad|esta\sobligad)"
    r"|\bnicht\s(?:verboten|untersagt|erforderlich|notwendig|nötig|verpflichtet)|\bkeine\s(?:pflicht|verpflichtung)"
    r"|\b(?:não|nao)\s(?:é|e|está|esta)\s(?:proibid|obrigatóri|obrigatori|necessári|necessari|exigid|obrigad)"
    # round 14 (fix24): a duty waived as a need ("você não precisa repassar", "no necesita", "pas besoin de")
    r"|\b(?:não|nao)\sprecisa|\bno\s(?:necesita|hace\sfalta)|\bpas\sbesoin\b"
    r"|\bне\s(?:запрещ|заборон|обязател|обов['’]язков|требуется|потрібно|нужно|необхідно)"
    r"|\bencourag|\brecommand(?!ée?s?\s(?:dans|par|ci|en)\b)|\bapprécier|\bempfehlen|\bwürden\suns\s(?:\w+\s)?freuen|\bnicht\s(?:nennen|angeben|zitieren|beifügen|beifuegen)|\bagradec|\brecomend|\bapreciar|\braccomand"
    r"|\bgradit|義務はありません|義務はない|必要(?:は|が)?ありません|不要です|義務ではな|任意です|필요\s?(?:가|는)?\s?없|의무가\s?아니|하지\s?않아도|\bрекоменд|\bбудем\sрады|\bбудемо\sвдячні|\bbitte\b|\bpor\sfavor\b|\bs['’]il\svous\splaît|\bper\sfavore\b"
)

# Japanese and Korean: the verb ends the clause (an object, then a ban or a duty); Chinese: a duty or a ban, then
# its object (the other Chinese clauses are read in cjk_labels).
_JA_BAN = (
    r"禁止(?!されていません|ではありません|しません|するものではありません)|してはな(?:らない|りません)|してはいけ|できません|できない|不可"
    r"|認め(?:ません|られません|ない)|許可しません|ないでください"
    # the polite forms: "お使いいただけません" (you cannot use it), "ご遠慮ください" / "ご遠慮いただいております" (refrain)
    r"|(?:お使い|ご利用|ご使用)いただけません|ご遠慮(?:ください|いただ|願い)"
)
_JA_DUTY = (
    r"必須|なければな(?:らない|りません)|必要があ|義務(?!ではな|は発生しな|付けるかどうか)|てください|ものとします"
    # round 15 (fix27): a need stated ("クレジット表記が必要です", "同梱が必要となります")
    r"|必要(?:です|となります|となる|とします|である)"
)
_KO_BAN = r"금지|(?:해서는|하여서는|하면)\s?안\s?(?:됩니다|된다|되며)|할\s?수\s?없|허용되지\s?않|불가"
_KO_DUTY = (
    r"(?:해야|하여야)\s?(?:합니다|한다|하며)|필수|반드시"
    # round 14 (fix24): the polite imperative ("기록하세요", "제공하십시오"), not a request ("해 주세요", "바랍니다")
    r"|(?<!주)(?:하|해|두|하여|으)?(?:세요|십시오)(?=[.。!\s]|$)"
)
# A Korean lead-in naming "the following" as what a duty governs ("재배포물에는 다음을 함께 제공하세요."): its items are
# read after this phrase, as duties (openlint.text.lead_in; round 14, fix24).
KO_DUTY_PREFIX = "다음을 함께 제공해야 합니다: "
KO_FOLLOWING_DUTY = (
    r"다음(?:을|의|과|\s?사항을|\s?항목을|\s?파일을)[^.。]{0,30}?(?:제공|포함|첨부|동봉|유지|보존|표시|기재|기록)\w{0,4}"
    rf"\s?(?:{_KO_DUTY})\s?[.。:]?\s*$"
)
# A ban lifted by the licensor's leave ("未经许可", "許可なく", "허가 없이"): gated, no ban of the kind.
CJK_GATE = (
    r"未经[^。\uff1b]{0,12}?(?:许可|授权|同意)|(?:許可|許諾|承諾|同意)(?:なく|を得ずに)|(?:허가|승인|동의)\s?없이"
)
CJK: dict[str, tuple[str, ...]] = {
    "attribution": (
        # (须注明出处 and 应当署名 are read by caps_credit)
        r"(?<![无不])(?:必须|应当|须|应|需要)[^。\uff1b]{0,20}?(?:引用[^。\uff1b]{0,12}?(?:论文|文献|文章))",
        rf"(?:クレジット|帰属|出典|著作者名?|作者名?|権利者名?)(?:表示|表記|を表示|を明記|を記載|の表示|を明示)[^。]{{0,60}}?(?:{_JA_DUTY})",
        rf"(?:출처|저작자|원저작자|크레딧|저작권자)(?:를|을)?\s?(?:표시|명시|밝|기재|표기)[^.。]{{0,40}}?(?:{_KO_DUTY})",
    ),
    "share_alike": (
        r"(?:衍生|修改|派生|改编|微调)[^。\uff1b]{0,30}?(?:必须|应当|须|应)[^。\uff1b]{0,20}?(?:相同|同样|同一)的?(?:许可|协议|条款|方式)",
        rf"(?:同じ|同一の?|同様の)(?:ライセンス|条件|利用条件|許諾条件)[^。]{{0,40}}?(?:{_JA_DUTY})",
        rf"(?:동일한|같은)\s?(?:라이선스|조건|이용\s?허락\s?조건)[^.。]{{0,40}}?(?:{_KO_DUTY})",
    ),
    "include_license": (
        # an item under a Korean duty lead-in naming the licence file ("- 저장소의 `LICENSE`")
        rf"^{KO_DUTY_PREFIX}[^.。]{{0,30}}?(?:licen[cs]e|라이선스|라이센스|사용\s?허가서?|이용\s?허락서?)",
        rf"(?:ライセンス|使用許諾書|許諾書|利用規約)?(?:の)?(?:全文|本文|写し|コピー)を?[^。]{{0,30}}?(?:同梱|添付|含め|同封|付属)"
        rf"[^。]{{0,20}}?(?:{_JA_DUTY})",
        # the licence itself, or its document or file, attached too: "このライセンス文書も一緒に添付してください"
        rf"(?:ライセンス|使用許諾書|許諾書|利用規約)(?:の)?(?:文書|ファイル|テキスト)?(?:を|も)[^。]{{0,30}}?(?:同梱|添付|同封|付属)"
        rf"[^。]{{0,20}}?(?:{_JA_DUTY})",
        rf"라이선스\s?(?:사본|전문|텍스트|문서)[^.。]{{0,30}}?(?:포함|첨부|제공)[^.。]{{0,20}}?(?:{_KO_DUTY})",
        rf"라이선스\s?(?:파일|문서)?(?:를|을|도)\s?[^.。]{{0,30}}?(?:첨부|동봉)[^.。]{{0,20}}?(?:{_KO_DUTY})",
    ),
    "no_derivatives": (
        r"(?<!不)(?:禁止|不得|严禁)[^。\uff1b，,]{0,20}?(?:修改|再分发|再发布|二次分发|改编|演绎)(?![^。\uff1b]{0,12}?(?:版权|声明|标识|署名|许可证))",
        rf"(?:改変|再配布|二次配布|再頒布|派生物の作成)(?:すること)?(?:を|は)?[^。、]{{0,10}}?(?:{_JA_BAN})",
        rf"(?:수정|변경|2차적\s?저작물|재배포|변형)[^.。,]{{0,15}}?(?:{_KO_BAN})",
    ),
    "no_training_other_models": (
        rf"(?:他の|別の|その他の|競合する?|第三者の)(?:ai)?(?:モデル|機械学習モデル)[^。]{{0,30}}?(?:学習|訓練|改善|開発|トレーニング)"
        rf"[^。]{{0,30}}?(?:{_JA_BAN}|使用しないで)",
        rf"(?:다른|타|경쟁)\s?(?:ai\s?)?모델[^.。]{{0,30}}?(?:학습|훈련|개선|개발)[^.。]{{0,30}}?(?:{_KO_BAN})",
    ),
    # conditions passed on: "impose them on third parties too" (a flow-down, not the same licence)
    "flow_down": (
        rf"(?:第三者|受領者|再配布先|配布先|利用者|エンドユーザー|他者|他人|相手方|ライセンシー|サブライセンシー)(?:に対して|に対し|に)も?[^。]{{0,30}}?"
        # round 15 (fix27): observance imposed, asked or required of them too ("当該他者に対し ... の遵守を義務付けてください")
        rf"(?:課|遵守させ|同意させ|守らせ|(?:遵守|順守|同意)を?(?:義務付け|義務づけ|求め|要求))[^。]{{0,15}}?(?:{_JA_DUTY})",
        rf"(?:제3자|수령자|이용자|사용자)(?:에게|에게도)[^.。]{{0,30}}?(?:부과|준수하도록|동의하도록)[^.。]{{0,15}}?(?:{_KO_DUTY})",
    ),
    # what the model generates falls under the licence too ("... にも、本ライセンスの条件が及びます")
    "outputs_make_derivatives": (
        r"(?:本モデル|このモデル|モデル)が?(?:生成した|生成する|生成された|出力した|出力する)[^。]{0,20}?にも[^。]{0,10}?"
        r"(?:本|この)(?:ライセンス|許諾|契約)[^。]{0,10}?(?:が及(?!びません|ばない)|が適用され(?!ません|ない))",
        r"(?:모델이|모델의)\s?(?:생성한|출력한|생성하는)[^.。]{0,20}?(?:에도|도)[^.。]{0,10}?(?:본|이)\s?라이선스[^.。]{0,15}?적용(?:됩니다|된다)",
    ),
    # offering the model as a service others reach, banned: "対話サービスの提供自体を目的とする用途への利用はご遠慮いただいて
    # おります", "不得以在线服务的形式对外提供本模型", "API 서비스로 제공하는 것은 금지됩니다"
    # (the ban an explicit or polite one, or "cannot" said of the offering itself: never "サービスの提供を保証することは
    # できません", a disclaimer of the licensor's service)
    "no_hosting": (
        r"(?:サービス|api|saas)(?:の|として|を)?(?:提供|公開)(?:[^。]{0,20}?(?:目的|用途))?[^。]{0,12}?"
        r"(?:禁止(?!されていません|ではありません|しません|するものではありません)|してはな(?:らない|りません)|してはいけ|認められません"
        r"|(?:お使い|ご利用|ご使用)いただけません|ご遠慮(?:ください|いただ|願い)|しないでください)"
        r"|(?:サービス|api|saas)(?:の|として|を)?(?:提供|公開)(?:すること|する事)?(?:は|を)?できません",
        r"(?<!不)(?:禁止|不得|严禁|请勿)[^。\uff1b]{0,20}?(?:以|作为|通过)[^。\uff1b]{0,10}?(?:托管服务|在线服务|云服务|api|saas|maas)"
        r"[^。\uff1b]{0,10}?(?:提供|对外)",
        r"(?:서비스|api)(?:로|로서|형태로)?\s?(?:제공|공개)(?:하는\s?것(?:은|을|이)\s?|을\s?|를\s?)?"
        r"(?:금지|(?:해서는|하여서는)\s?안|할\s?수\s?없|허용되지\s?않)",
    ),
    # a definition of derivatives that takes in models distilled from the model or trained on its outputs: '"模型衍生品"
    # 是指 ... 通过将模型的权重或输出模式转移到其他模型而创建的任何模型', '「派生モデル」とは ... 蒸留', '"파생 모델"이란 ... 증류'
    # (what leaves them out, "不包括", is read by foreign_clauses' veto)
    "derivatives_defined": (
        r"(?:衍生品|衍生模型|衍生作品|衍生物|派生模型)[\u201d\"\u300d\u300f]?(?:是指|指|系指|包括)[^。]{0,300}?"
        r"(?:蒸馏|合成数据|(?:输出|权重|参数)[^。]{0,12}?(?:转移|迁移)到?(?:其他|其它|另一)[^。]{0,6}?模型"
        r"|输出[^。]{0,20}?训练(?:其他|其它|另一)[^。]{0,6}?模型)",
        r"(?:派生物|派生モデル|派生著作物)[\u300d\u300f\"]?とは[^。]{0,300}?(?:蒸留|合成データ|出力[^。]{0,20}?(?:学習|訓練)(?:させ|し|され))",
        r"(?:파생\s?모델|파생물|2차적\s?저작물)[\"\u201d\u300d]?(?:이란|이라\s?함은|은|는)\s[^.。]{0,300}?"
        r"(?:증류|합성\s?데이터|출력[^.。]{0,20}?(?:학습|훈련))",
    ),
    # round 14 (fix24): Korean copyright notices kept (an item under a duty lead-in: "- 원 저작권 고지") and changes
    # recorded ("변경 내용을 기록하세요", or an item "- 수정했다면 ... 해시 기록")
    "notice": (
        rf"^{KO_DUTY_PREFIX}[^.。]{{0,20}}?저작권\s?(?:고지|표시|표기|안내|문구|정보)",
        rf"저작권\s?(?:고지|표시|표기|안내|문구)(?:를|을)?\s?(?:유지|보존|삭제하지|제거하지)[^.。]{{0,20}}?(?:{_KO_DUTY}|{_KO_BAN})",
    ),
    "state_changes": (
        rf"^{KO_DUTY_PREFIX}[^.。]{{0,40}}?(?:수정|변경)[^.。]{{0,40}}?(?:기록|내역|표시|명시)",
        rf"(?:변경|수정)(?:한|된)?\s?(?:내용|사항|내역|부분)(?:을|를)?\s?(?:기록|명시|표시|기재|밝)[^.。]{{0,10}}?(?:{_KO_DUTY})",
    ),
    # round 15 (fix27): acts named as harmful, the items of a Japanese list of prohibited acts ("公序良俗に反する行為",
    # "第三者に不利益をもたらす行為"), or banned outright ("差別的な利用は禁止します"); a disclaimer of the harm is no policy
    # (foreign_clauses' veto)
    "acceptable_use": (
        r"(?:公序良俗|法令|法律|条例|法規)(?:等)?に(?:反する|違反する|抵触する)(?:[^。、]{0,6}?)(?:行為|用途|目的|利用|使用|方法)",
        r"(?:他者|第三者|他人|製作者|制作者|権利者|利用者)(?:[^。、]{0,12}?)に(?:不利益|損害|危害|被害)を(?:もたらす|与える|及ぼす|生じさせる)"
        r"(?:行為|用途|目的|利用|使用|方法)",
        rf"(?:差別|誹謗中傷|名誉毀損|犯罪|違法|ハラスメント|嫌がらせ)[^。]{{0,30}}?(?:{_JA_BAN})",
    ),
    "registration": (
        r"(?:商用|商業)(?:利用|目的|用途)?[^。]{0,30}?(?:別途|事前に?)[^。]{0,20}?(?:許諾|許可|契約|ライセンス|承認)"
        r"[^。]{0,20}?(?:必要|得て|取得|受け)",
        r"상업적\s?(?:이용|사용|목적)[^.。]{0,40}?(?:별도|사전)[^.。]{0,20}?(?:허가|승인|계약|라이선스)",
    ),
}

# The pseudo-kind a block announces by holding a word of one of the lexicons (a ban, a duty, a commercial word
# no English one contains): only such a block, and only when it holds none of English's commonest words
# (`foreign_block`), runs these patterns; English texts never do.
GATE = "clause in another language"
GATE_NEEDLES: tuple[str, ...] = (
    # French
    "interdit",
    "prohibé",
    "proscrit",
    "pouvez",
    "peuvent",
    "pourrez",
    "devez",
    "doivent",
    "devrez",
    "devra",
    "doit",
    "tenu ",
    "tenue",
    "tenus",
    "obligatoire",
    "obligation d",
    "exigé",
    "autoris",
    "uniquement",
    "exclusivement",
    "seulement",
    "réservé",
    "commerciale",
    "commerciaux",
    "nécessite",
    "necessite",
    "requiert",
    "soumis",
    "subordonn",
    "contactez",
    "peut ",
    # the licensor keeps the right to change the terms ("se réserve le droit", "se reserva", "si riserva", "behält sich
    # ... vor", "оставляет за собой право"), or they may be changed ("kann ... geändert werden")
    "reserv",
    "réserv",
    "riserv",
    "behält",
    "geändert",
    "aktualisiert",
    "оставля",
    "залиша",
    # Spanish
    "prohibid",
    "prohíbe",
    "puede",
    "podrá",
    "podrán",
    "debe",
    "deberá",
    "deberán",
    "obligatori",
    "obligad",
    "obligaci",
    "requiere",
    "únicamente",
    "solamente",
    "sólo",
    "comercia",
    "póngase",
    "pongase",
    "contacte",
    # German
    "verboten",
    "untersagt",
    "gestattet",
    "erlaubt",
    "zulässig",
    "darf",
    "dürfen",
    "müssen",
    "muss",
    "verpflichtet",
    "anzugeben",
    "beizufügen",
    "nennen",
    "ausschließlich",
    "ausschliesslich",
    "lediglich",
    "kommerziell",
    "gewerblich",
    "erfordert",
    "bedarf",
    "kontakt",
    "wenden",
    "ohne",
    # Portuguese
    "proibid",
    "vedad",
    "pode",
    "podem",
    "poderá",
    "deve ",
    "deve\n",
    "devem",
    "deverá",
    "têm",
    "obrigatóri",
    "obrigação",
    "obrigad",
    "apenas",
    "somente",
    "requer",
    "sujeit",
    "contat",
    "concorda",
    "comprome",
    "repass",
    "não ",
    # Italian
    "vietat",
    "proibit",
    "consentit",
    "può",
    "possono",
    "potrà",
    "devono",
    "dovrà",
    "obbligatori",
    "obbligo",
    "tenut",
    "unicamente",
    "soltanto",
    "commerciali",
    "richiede",
    "senza",
    "contatt",
    # Russian and Ukrainian
    "запрещ",
    "заборон",
    "нельзя",
    "може",
    "вправе",
    "необход",
    "обязан",
    "должн",
    "нужно",
    "требует",
    "следует",
    "повинн",
    "зобов",
    "потрібно",
    "слід",
    "поширю",
    "распростран",
    "коммерч",
    "комерцій",
    "свяж",
    "зверт",
    "вимага",
    "потребу",
    "атрибуц",
    "дозвол",
    "только",
    "лише",
    "тільки",
    "публі",
    "публику",
    # round 13 (fixQ): grants for research or non-commercial use, conditions, recipients bound, derivatives that stay
    # under the licence
    "recherche",
    "investigaci",
    "ricerca",
    "pesquisa",
    "forschung",
    "concéd",
    "conced",
    "concess",
    "accorde",
    "otorga",
    "gewährt",
    "erteilt",
    "à condition",
    "sous réserve",
    "condición",
    "condizione",
    "condição",
    "condicao",
    "desde que",
    "pourvu",
    "purché",
    "vorausgesetzt",
    "sofern",
    "destinat",
    "empfänger",
    "sujet",
    "soggett",
    "unterlieg",
    # Japanese and Korean
    "须",
    "应",
    "不得",
    "严禁",
    "相同",
    "禁止",
    "ください",
    "必須",
    "義務",
    "なければ",
    "できません",
    "ものとします",
    "必要があ",
    "してはな",
    "認め",
    "許可",
    "必要",
    "及",
    "適用され",
    "課",
    "遵守させ",
    "同意させ",
    "해야",
    "하여야",
    "세요",
    "십시오",
    "금지",
    "필수",
    "반드시",
    "없",
    "허용되지",
    "적용",
    "부과",
    "준수하도록",
    "동의하도록",
    "상업",
    # round 15 (fix27): harmful acts a Japanese list of prohibited acts names
    "公序良俗",
    "不利益を",
    "損害を",
    "危害を",
    "被害を",
    "に違反する",
    "に反する",
    # polite bans and definitions ("ご遠慮ください", "お使いいただけません", "请勿"; "是指", "とは", "이란")
    "遠慮",
    "いただけません",
    "请勿",
    "是指",
    "とは",
    "이란",
    "함은",
)
