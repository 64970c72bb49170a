import type { errorDetailsEn, errorMessagesEn } from './errorMessages.en.ts';

/** Les messages du moteur pour l’interface, par clé : mêmes clés que errorMessages.en.ts. */
export const errorMessagesFr: typeof errorMessagesEn = {
  noProject: 'Aucun projet n’est ouvert ; créez-en un ou ouvrez-en un d’abord.',
  restoreFromItself: 'Un projet ne peut pas être restauré à partir de lui-même ; choisissez une sauvegarde.',
  fileExists: 'Un fichier existe déjà à l’emplacement {{path}} ; choisissez un autre nom.',
  diskFull: 'Le disque est plein{{where}} : rien n’a été écrit. Libérez de la place, puis réessayez.',
  readOnly:
    'Le disque ou le fichier est en lecture seule{{where}} : rien n’a été écrit. Copiez le projet dans un dossier modifiable, ou choisissez un autre emplacement.',
  noPermission:
    'Verbatim n’a pas le droit d’écrire à cet endroit{{where}}. Choisissez un de vos dossiers, ou demandez le droit d’écriture.',
  diskError:
    'Le disque n’a pas pu être lu ou écrit{{where}} : il est peut-être plein, retiré ou défaillant. Rien n’a été enregistré ; vérifiez le disque, puis réessayez.',
  busy: 'Le projet est occupé : un autre programme y enregistre des modifications. Rien n’a été changé ici ; réessayez quand il aura fini.',
  busyBy:
    'Le projet est occupé : il est modifié par {{holders}}. Rien n’a été changé ici ; réessayez quand il aura fini, ou fermez le projet là-bas.',
  undoGone:
    '«\u202f{{summary}}\u202f» ne peut plus être annulé : ce qu’il avait modifié n’existe plus. Il a été retiré de l’historique.',
  redoGone:
    '«\u202f{{summary}}\u202f» ne peut plus être rétabli : ce qu’il avait modifié n’existe plus. Il a été retiré de l’historique.',
  nothingToUndo: 'Il n’y a rien à annuler.',
  nothingToRedo: 'Il n’y a rien à rétablir.',
  caseExists: 'Un cas nommé «\u202f{{name}}\u202f» existe déjà.',
  codeExists: 'Un code nommé «\u202f{{name}}\u202f» existe déjà.',
  attributeExists: 'Un attribut nommé «\u202f{{name}}\u202f» existe déjà.',
  codeInsideItself: 'Un code ne peut pas être rangé dans lui-même ni dans un de ses sous-codes.',
  codeMergedIntoItself: 'Un code ne peut pas être fusionné avec lui-même.',
  codeMergeInside:
    '«\u202f{{target}}\u202f» est rangé dans «\u202f{{source}}\u202f» ; fusionnez-les dans l’autre sens.',
  choiceWithoutChoices: 'Un attribut à choix a besoin d’au moins un choix.',
  mergeItself: 'C’est le projet ouvert ; choisissez un autre projet à fusionner.',
  codebookEmpty: 'La grille de codage est vide : il n’y a rien à exporter.',
  agreementNoCommonDocument:
    'Aucun document n’a été codé par chacun de {{coders}} ; l’accord compare les documents qu’ils ont tous codés (ou choisissez les documents).',
  noText: '{{file}} ne contient aucun texte.',
  duplicateText: '{{file}} a le même texte que «\u202f{{name}}\u202f», déjà dans le projet.',
  emptyFile: '{{file}} est vide.',
  binaryFile: '{{file}} semble être un fichier binaire, pas du texte ; il n’a pas été importé.',
  pdfPassword: '{{file}} est protégé par un mot de passe ; retirez le mot de passe et importez-le à nouveau.',
  pdfDamaged: '{{file}} est endommagé ou n’est pas un vrai fichier PDF.',
  pdfNoTextLayer:
    '{{file}} n’a pas de couche texte (c’est sans doute un scan). Passez-le d’abord à la reconnaissance de caractères (OCR), par exemple avec OCRmyPDF, et importez le résultat.',
  protectedOrOldWord:
    '{{file}} est protégé par un mot de passe ou à l’ancien format binaire de Word ; enregistrez-le sans protection au format .docx et importez-le à nouveau.',
  unsupportedFormat:
    '{{file}} : le format .{{extension}} n’est pas pris en charge ; importez des fichiers .txt, .md, .docx, .odt, .pdf, .vtt ou .srt (tableaux d’enquête : .csv, .xlsx, avec «\u202fImporter un tableau d’enquête\u202f»).',
  fileTooLarge:
    '{{file}} fait {{size}} Mo ; Verbatim importe des fichiers jusqu’à {{max}} Mo. Découpez-le en plusieurs documents.',
  searchUnreadable:
    'La recherche «\u202f{{query}}\u202f» n’a pas pu être lue. Mettez les expressions entre guillemets droits ; les opérateurs sont AND, OR, NOT, NEAR(…) et * pour un début de mot.',
  openNotFound: 'Rien n’a été trouvé à l’emplacement {{path}} : ni fichier de projet ni dossier.',
  openNotAProject: '{{path}} n’est pas un fichier de projet Verbatim.',
  openNewerVersion:
    '{{path}} a été enregistré par une version plus récente de Verbatim. Mettez Verbatim à jour pour l’ouvrir.',
  openAlteredSchema:
    '{{path}} a été préparé par une autre version de Verbatim. Pour protéger vos données, il n’a pas été ouvert et rien n’a été modifié ; ouvrez-le avec le Verbatim qui l’a enregistré en dernier.',
  outsideShellFolder:
    'Dans le navigateur, Verbatim n’utilise que des fichiers .verbatim situés dans {{folder}} (le dossier pour lequel il a été lancé) ; «\u202f{{name}}\u202f» n’en fait pas partie.',
  folderMissing: 'Le dossier {{folder}} n’existe pas ; choisissez un dossier existant.',
  codeNotFound:
    'Il n’y a pas (ou plus) de code d’identifiant {{id}} dans ce projet : il a peut-être été supprimé.',
  codingNotFound:
    'Il n’y a pas (ou plus) de codage d’identifiant {{id}} dans ce projet : il a peut-être été retiré.',
  documentNotFound:
    'Il n’y a pas (ou plus) de document d’identifiant {{id}} dans ce projet : il a peut-être été supprimé.',
  attributeNotFound: 'Il n’y a pas (ou plus) d’attribut d’identifiant {{id}} dans ce projet.',
  memoNotFound: 'Il n’y a pas (ou plus) de mémo d’identifiant {{id}} dans ce projet.',
  caseNotFound: 'Il n’y a pas (ou plus) de cas d’identifiant {{id}} dans ce projet.',
  coderNotFound: 'Il n’y a pas de codeur «\u202f{{name}}\u202f» dans ce projet.',
  caseAttributeNotFound: 'Il n’y a pas d’attribut de cas «\u202f{{name}}\u202f» dans ce projet.',
  proposalAccepted: 'Cette proposition a déjà été acceptée.',
  proposalRejected: 'Cette proposition a déjà été refusée.',
  agreementBlind:
    'L’accord compare les codages des codeurs, et le mode aveugle vous cache ceux des autres. La personne responsable de l’équipe désactive le mode aveugle (panneau Équipe) pour calculer et arbitrer l’accord.',
  blindOthersCodings:
    'Cela déplacerait ou supprimerait aussi des codages d’autres codeurs, que le mode aveugle vous cache. La personne responsable de l’équipe peut faire ce changement mode aveugle désactivé.',
  mappingEmpty: 'Le fichier de correspondances ne contient aucun remplacement.',
  surveyNoColumn: 'Choisissez au moins une colonne de texte libre ou d’attribut à importer.',
  surveyDuplicateId:
    'L’identifiant «\u202f{{id}}\u202f» figure sur plusieurs lignes ; choisissez une colonne aux identifiants uniques.',
  tableNoHeader: '{{file}} n’a pas de ligne d’en-tête avec les noms de colonnes.',
  tableNoRows: '{{file}} a des noms de colonnes mais aucune ligne.',
  matrixNoAttribute: 'Choisissez l’attribut dont les valeurs forment les colonnes.',
  // Import, export, codage, grille, documents, fusion, sauvegardes et pseudonymisation (ticket 14).
  rangeOutside:
    'Ce passage est en dehors du texte du document ({{length}} caractères), qui a peut-être changé ; rechargez le document et sélectionnez à nouveau le passage.',
  rangeInvalid:
    'Ce passage n’est pas une sélection valable du texte (il est vide ou coupe un caractère en deux) ; sélectionnez-le à nouveau.',
  unplacedNotFound:
    'Ce codage ne fait plus partie des codages du document qui ont perdu leur texte (il a peut-être été replacé ou supprimé) ; rechargez le document.',
  updateTwice:
    '{{file}} : un autre des fichiers choisis met aussi à jour «\u202f{{name}}\u202f» ; choisissez une seule nouvelle version par document.',
  textChangedWhileEditing:
    'Le texte de «\u202f{{name}}\u202f» a changé depuis son ouverture pour modification (dans une autre fenêtre ou un autre programme). Rien n’a été enregistré ; rechargez-le et modifiez-le à nouveau.',
  cannotDecodeAs: '{{file}} ne peut pas être lu comme {{encoding}} ; choisissez un autre encodage.',
  utf16Damaged: '{{file}} semble être du texte UTF-16, mais il est endommagé ; il n’a pas été importé.',
  notARealFile: '{{file}} est endommagé ou n’est pas un vrai fichier .{{kind}} ; rien n’a été importé.',
  archiveDamaged:
    '{{file}} est endommagé : son contenu ne peut pas être décompressé. Rien n’a été importé ; ouvrez-le dans le programme qui l’a créé et enregistrez-le à nouveau.',
  zipBomb:
    '{{file}} se décompresserait en {{size}} Mo, bien plus qu’aucune transcription : Verbatim le refuse par sécurité. Rien n’a été importé.',
  unsafeArchivePath:
    '{{file}} contient une partie («\u202f{{entry}}\u202f») dont le chemin sort du fichier : Verbatim le refuse par sécurité. Rien n’a été importé.',
  documentDamaged:
    '{{file}} est endommagé ou n’est pas un vrai document ; rien n’a été importé. Ouvrez-le dans le programme qui l’a créé et enregistrez-le à nouveau.',
  xmlDoctype:
    '{{file}} contient une déclaration de type de document XML, que Verbatim refuse par sécurité ; rien n’a été importé. Enregistrez-le à nouveau depuis le programme qui l’a créé.',
  notWord:
    '{{file}} n’est pas un document Word ; enregistrez-le au format .docx depuis Word ou LibreOffice, puis importez-le à nouveau.',
  notOdt:
    '{{file}} n’est pas un texte OpenDocument ; enregistrez-le au format .odt depuis LibreOffice, puis importez-le à nouveau.',
  csvMalformed:
    '{{file}} n’est pas un fichier CSV bien formé : un guillemet ouvert à la ligne {{row}} n’est jamais fermé. Enregistrez-le à nouveau depuis le tableur, puis importez-le.',
  xlsxDamaged:
    '{{file}} est endommagé ou n’est pas un vrai classeur .xlsx ; enregistrez-le à nouveau depuis le tableur.',
  xlsxNoSheet: '{{file}} ne contient aucune feuille à lire.',
  tableTooLarge: '{{file}} dépasse {{max}} Mo ; découpez-le en plusieurs fichiers.',
  tableFormat:
    '{{file}} ne peut pas être lu comme un tableau : importez les tableaux d’enquête en fichiers .csv, .tsv ou .xlsx.',
  tableNoColumn: 'Le tableau n’a pas de colonne «\u202f{{name}}\u202f» ; choisissez une de ses colonnes.',
  qdpxExpected: '{{file}} : importez les projets REFI-QDA en fichiers .qdpx (ou un .qdpx renommé en .zip).',
  xmlMalformed:
    '{{file}} n’est pas un XML bien formé : il est endommagé, ou n’a pas été écrit par un logiciel REFI-QDA. Rien n’a été importé.',
  notRefiProject:
    '{{file}} n’est pas un projet REFI-QDA (il ne contient pas de description de projet) ; exportez à nouveau le projet en .qdpx. Rien n’a été importé.',
  notRefiCodebook:
    '{{file}} n’est pas une grille de codage REFI-QDA (il ne contient pas de liste de codes) ; exportez à nouveau la grille en .qdc. Rien n’a été importé.',
  percentOnlyCounts:
    'Les pourcentages n’existent que pour une matrice d’effectifs ; mesurez par effectifs, ou exportez sans pourcentages.',
  citationPart:
    '«\u202f{{part}}\u202f» n’est pas un élément de citation ; utilisez {{parts}} ou attr:NOM (un attribut de cas).',
  exportTooLarge:
    'Cet export dépasserait 4 Go, ce que les fichiers .qdpx et .docx ne peuvent pas contenir. Exportez moins d’extraits ou de documents à la fois.',
  cannotWrite:
    '{{path}} ne peut pas être écrit (son dossier manque peut-être ou n’est pas accessible) ; choisissez un autre emplacement.',
  notCodingsOfCode:
    'Certains des passages choisis ne sont plus codés avec «\u202f{{name}}\u202f» ; affichez à nouveau les passages du code et choisissez à nouveau.',
  notAFile: '{{path}} n’est pas un fichier ; choisissez un fichier à importer.',
  cannotReadFile: '{{path}} ne peut pas être lu : il n’existe pas ou n’est pas accessible.',
  editDeletesAll: 'Cette modification supprimerait tout le texte ; supprimez plutôt le document.',
  noSuchTurn:
    'Le document a {{count}} tours de parole ; il n’y a pas de tour {{turn}}. Rechargez-le et modifiez-le à nouveau.',
  splitOutsideTurn:
    'Un tour de parole ne peut être coupé qu’à l’intérieur de son texte ; placez le curseur dans le tour.',
  blankTurn:
    'Après cette modification, le tour {{turn}} serait vide, ou commencerait ou finirait par un saut de ligne ; supprimez le saut de ligne avec son texte, ou joignez le tour à son voisin.',
  noDocumentForFile:
    '{{file}} : aucun document ne s’appelle «\u202f{{name}}\u202f» ni n’a été importé d’un fichier de ce nom.',
  severalDocumentsForFile:
    '{{file}} : {{count}} documents s’appellent «\u202f{{name}}\u202f» ; mettez-les à jour un par un.',
  editOutsideText:
    'Cette modification sort du texte, qui a peut-être changé ; rechargez le document et modifiez-le à nouveau.',
  editsOverlap: 'Deux modifications se chevauchent ; faites-en une seule.',
  editCutsCharacter:
    'Cette modification coupe un caractère (un émoji) en deux ; sélectionnez le caractère entier.',
  pseudonymNameClash:
    'Après les remplacements, deux noms du projet seraient tous deux «\u202f{{name}}\u202f» ; renommez l’un d’eux, puis pseudonymisez à nouveau. Rien n’a été modifié.',
  mappingQuote:
    'Le fichier de correspondances contient un guillemet (") jamais fermé ; corrigez-le dans le tableur, puis importez-le à nouveau.',
  mappingLine:
    'La ligne {{line}} du fichier de correspondances doit être «\u202fvariante,remplacement\u202f», les deux remplis.',
  replacementMultiline:
    'Une graphie ou un remplacement tient sur plusieurs lignes ; gardez chacun sur une seule ligne.',
  variantConflict:
    'Chaque graphie ne peut avoir qu’un seul remplacement, mais celles-ci en ont plusieurs : {{variants}}. Reliez chacune à une seule personne.',
  pseudonymiseWhileOpen:
    'Le projet est aussi ouvert dans {{holders}} : fermez-le là-bas avant de pseudonymiser, sinon les noms peuvent rester dans le fichier. Rien n’a été modifié.',
  namesStillInFile:
    'Les noms ont été remplacés dans le projet, mais leur ancien texte est encore dans le fichier du projet, car un autre programme le lit. Ne partagez pas encore le fichier : fermez le projet là-bas, puis appliquez à nouveau la même pseudonymisation pour l’effacer.',
  namesStillInFileBy:
    'Les noms ont été remplacés dans le projet, mais leur ancien texte est encore dans le fichier du projet, car {{holders}} le lit. Ne partagez pas encore le fichier : fermez le projet là-bas, puis appliquez à nouveau la même pseudonymisation pour l’effacer.',
  backupNotFound: 'Il n’y a pas (plus) de sauvegarde {{id}} de ce projet ; choisissez-en une dans la liste.',
  // Cas, attributs, ensembles, mémos, synthèses et mots (ticket 14).
  documentSetNotFound: 'Il n’y a pas (plus) d’ensemble de documents d’identifiant {{id}} dans ce projet.',
  codeGroupNotFound: 'Il n’y a pas (plus) de groupe de codes d’identifiant {{id}} dans ce projet.',
  documentSetExists: 'Un ensemble de documents nommé «\u202f{{name}}\u202f» existe déjà.',
  codeGroupExists: 'Un groupe de codes nommé «\u202f{{name}}\u202f» existe déjà.',
  attributeValueChoice:
    '«\u202f{{value}}\u202f» n’est pas une valeur de {{name}} : choisissez parmi {{choices}}.',
  attributeValueDate:
    '«\u202f{{value}}\u202f» n’est pas une date pour {{name}} : écrivez-la AAAA-MM-JJ (2024-03-15).',
  attributeValueNumber: '«\u202f{{value}}\u202f» n’est pas un nombre, ce qu’attend {{name}}.',
  attributeGone: 'Cet attribut n’existe plus : choisissez-en un autre.',
  teamUnreachable:
    'Le serveur d’équipe {{server}} est injoignable. Vos modifications restent dans le projet ; synchronisez de nouveau quand la connexion revient.',
  teamUnreachableRetry:
    'Le serveur d’équipe {{server}} est injoignable. Vérifiez l’adresse et la connexion, puis réessayez.',
  teamAuthFailed: 'Le serveur d’équipe {{server}} a refusé le nom ou le mot de passe de {{member}}.',
  teamNotTeamDatabase: 'La base de données {{server}} ne contient pas de projet d’équipe Verbatim.',
  teamSchemaNewer:
    'Le serveur d’équipe a été installé par une version plus récente de Verbatim. Mettez Verbatim à jour pour synchroniser.',
  teamPermissionRefused:
    'Le serveur d’équipe a refusé cette modification : votre rôle ({{role}}) ne la permet pas.',
  teamTlsRequired:
    'Le serveur d’équipe {{server}} n’accepte que les connexions chiffrées : ajoutez sslmode=require à son adresse.',
  teamNotLinked: 'Ce projet n’est lié à aucun serveur d’équipe. Publiez-le, ou rejoignez un projet d’équipe.',
  teamNotMember:
    '{{member}} n’est pas membre du projet d’équipe {{server}}. Demandez à sa ou son responsable de vous ajouter.',
  teamAlreadyPublished:
    'La base de données {{server}} contient déjà un projet d’équipe Verbatim. Rejoignez-le, ou publiez dans une base vide.',
  teamAlreadyLinked: 'Ce projet est déjà lié au serveur d’équipe {{server}}.',
  teamTlsUntrusted:
    'Le serveur d’équipe {{server}} a présenté un certificat que cet ordinateur ne peut pas vérifier. Demandez à qui gère le serveur le certificat de son autorité et ajoutez sslrootcert=/chemin/vers/ce/fichier à son adresse.',
  teamTlsNotOffered:
    'Le serveur d’équipe {{server}} ne propose pas de connexion chiffrée, ce que demande son adresse. Demandez à qui le gère d’activer le chiffrement (TLS).',
  teamTlsFileUnreadable:
    'Le fichier {{file}}, indiqué dans l’adresse du serveur d’équipe {{server}}, ne peut pas être lu.',
  teamCoderUnknown:
    'Ce projet n’a pas de codeur·se nommé·e {{coder}} : choisissez l’un·e des codeur·ses du projet.',
  teamCoderTaken: 'Les codages de {{coder}} sont déjà ceux du membre {{member}}.',
  undoChangedSince:
    '«\u202f{{summary}}\u202f» ne peut pas être annulé : ce qu’il avait modifié a été modifié depuis par une synchronisation de l’équipe, et l’annuler écraserait cette modification. Rien n’a été changé ; il a été retiré de l’historique.',
  redoChangedSince:
    '«\u202f{{summary}}\u202f» ne peut pas être rétabli : ce qu’il avait modifié a été modifié depuis par une synchronisation de l’équipe, et le rétablir écraserait cette modification. Rien n’a été changé ; il a été retiré de l’historique.',
  queryQuoteUnclosed: 'Le guillemet ouvert au caractère {{position}} n’est jamais fermé : ajoutez {{close}}.',
  queryEmptyName: 'Un nom de code vide au caractère {{position}} : écrivez un nom entre les guillemets.',
  queryExpectedKeyword: 'Au caractère {{position}}, {{keyword}} était attendu, pas «\u202f{{found}}\u202f».',
  queryExpectedKeywordAtEnd: 'La requête s’arrête là où {{keyword}} était attendu.',
  queryExpectedNumber:
    'Au caractère {{position}}, un nombre entier était attendu après WITHIN, pas «\u202f{{found}}\u202f».',
  queryExpectedNumberAtEnd: 'La requête s’arrête là où un nombre entier était attendu après WITHIN.',
  queryDistanceTooLarge:
    'La distance {{distance}} au caractère {{position}} est trop grande : {{most}} au plus.',
  queryCloseExpected:
    'Au caractère {{position}}, une ) était attendue pour fermer la ( du caractère {{open}}, pas «\u202f{{found}}\u202f».',
  queryCloseExpectedAtEnd: 'La ( du caractère {{open}} n’est jamais fermée : ajoutez une ).',
  queryUnmatchedClose: 'La ) du caractère {{position}} ne ferme aucune (.',
  queryExpectedName:
    'Au caractère {{position}}, un nom de code ou une ( était attendu, pas «\u202f{{found}}\u202f».',
  queryExpectedNameAtEnd: 'La requête s’arrête là où un nom de code ou une ( était attendu.',
  queryNearTurns:
    'NEAR compte des caractères, pas des tours de parole (caractère {{position}}) : utilisez FOLLOWED BY … TURNS.',
  queryEmpty: 'La requête est vide : écrivez un nom de code.',
  queryExpectedOperator:
    'Au caractère {{position}}, un opérateur était attendu, pas «\u202f{{found}}\u202f» : mettez entre guillemets un nom de code à espaces ("triple journée") ou reliez les codes par AND, OR, NOT…',
  queryUnknownCode:
    'Aucun code ne s’appelle «\u202f{{name}}\u202f» (caractère {{position}}) : vérifiez l’orthographe, ou choisissez-le dans les suggestions.',
};

/** Une phrase par code d’erreur, pour un échec dont le message n’a pas de clé. */
export const errorDetailsFr: typeof errorDetailsEn = {
  INVALID_INPUT: 'Une partie de ce qui a été saisi n’est pas valide ; vérifiez-la et réessayez.',
  NO_PROJECT: 'Aucun projet n’est ouvert ; créez-en un ou ouvrez-en un d’abord.',
  NOT_FOUND: 'Ce que vous demandez n’est pas (ou plus) dans ce projet ; il a peut-être été supprimé.',
  CONFLICT: 'Cette modification est en conflit avec l’état actuel du projet ; rien n’a été modifié.',
  BAD_FILE: 'Ce fichier est inutilisable ; rien n’a été importé.',
  NOT_A_PROJECT: 'Ce fichier n’est pas un projet Verbatim.',
  NEWER_VERSION:
    'Ce projet a été enregistré par une version plus récente de Verbatim. Mettez Verbatim à jour pour l’ouvrir.',
  ALTERED_SCHEMA:
    'Ce projet a été préparé par une autre version de Verbatim ; il n’a pas été ouvert et rien n’a été modifié.',
  FILE_EXISTS: 'Un fichier de ce nom existe déjà ; choisissez un autre nom.',
  UNKNOWN_OPERATION: 'Cette version de Verbatim ne sait pas faire cela.',
  NOT_ALLOWED: 'Ce n’est pas autorisé ici ; choisissez à nouveau le fichier dans Verbatim.',
  INTERNAL:
    'Une erreur est survenue dans Verbatim ; rien n’a été modifié. Réessayez, ou redémarrez Verbatim.',
  BUSY: 'Le projet est occupé par un autre programme ; rien n’a été modifié ici. Réessayez quand il aura fini.',
  DISK_FULL: 'Le disque est plein : rien n’a été écrit. Libérez de la place, puis réessayez.',
  DISK_ERROR:
    'Le disque n’a pas pu être lu ou écrit ; rien n’a été enregistré. Vérifiez le disque, puis réessayez.',
  READ_ONLY:
    'Le disque ou le fichier est en lecture seule : rien n’a été écrit. Copiez le projet dans un dossier modifiable.',
  NO_PERMISSION: 'Verbatim n’a pas le droit d’écrire à cet endroit. Choisissez un de vos dossiers.',
  TEAM_SERVER:
    'Le serveur d’équipe est inutilisable pour le moment ; vos modifications restent dans le projet.',
  NETWORK: 'Le moteur de Verbatim ne répond pas ; redémarrez Verbatim.',
  technical: 'Détails techniques (en anglais)',
};
