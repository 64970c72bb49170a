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
    '« {{summary}} » ne peut plus être annulé : ce qu’il avait modifié n’existe plus. Il a été retiré de l’historique.',
  redoGone:
    '« {{summary}} » ne peut plus être rétabli : ce qu’il avait modifié n’existe plus. Il a été retiré de l’historique.',
  nothingToUndo: 'Il n’y a rien à annuler.',
  nothingToRedo: 'Il n’y a rien à rétablir.',
  caseExists: 'Un cas nommé « {{name}} » existe déjà.',
  codeExists: 'Un code nommé « {{name}} » existe déjà.',
  attributeExists: 'Un attribut nommé « {{name}} » existe déjà.',
  codeInsideItself: 'Un code ne peut pas être rangé dans lui-même ni dans un de ses sous-codes.',
  codeMergedIntoItself: 'Un code ne peut pas être fusionné avec lui-même.',
  codeMergeInside: '« {{target}} » est rangé dans « {{source}} » ; fusionnez-les dans l’autre sens.',
  choiceWithoutChoices: 'Un attribut à choix a besoin d’au moins un choix.',
  mergeItself: 'C’est le projet ouvert ; choisissez un autre projet à fusionner.',
  codebookEmpty: 'La grille de codage est vide : il n’y a rien à exporter.',
  agreementNoCommonDocument:
    'Aucun document n’a été codé par chacun de {{coders}} ; l’accord compare les documents qu’ils ont tous codés (ou choisissez les documents).',
  noText: '{{file}} ne contient aucun texte.',
  duplicateText: '{{file}} a le même texte que « {{name}} », déjà dans le projet.',
  emptyFile: '{{file}} est vide.',
  binaryFile: '{{file}} semble être un fichier binaire, pas du texte ; il n’a pas été importé.',
  pdfPassword: '{{file}} est protégé par un mot de passe ; retirez le mot de passe et importez-le à nouveau.',
  pdfDamaged: '{{file}} est endommagé ou n’est pas un vrai fichier PDF.',
  pdfNoTextLayer:
    '{{file}} n’a pas de couche texte (c’est sans doute un scan). Passez-le d’abord à la reconnaissance de caractères (OCR), par exemple avec OCRmyPDF, et importez le résultat.',
  protectedOrOldWord:
    '{{file}} est protégé par un mot de passe ou à l’ancien format binaire de Word ; enregistrez-le sans protection au format .docx et importez-le à nouveau.',
  unsupportedFormat:
    '{{file}} : le format .{{extension}} n’est pas pris en charge ; importez des fichiers .txt, .md, .docx, .odt, .pdf, .vtt ou .srt (tableaux d’enquête : .csv, .xlsx, avec « Importer un tableau d’enquête »).',
  fileTooLarge:
    '{{file}} fait {{size}} Mo ; Verbatim importe des fichiers jusqu’à {{max}} Mo. Découpez-le en plusieurs documents.',
  searchUnreadable:
    'La recherche « {{query}} » n’a pas pu être lue. Mettez les expressions entre guillemets droits ; les opérateurs sont AND, OR, NOT, NEAR(…) et * pour un début de mot.',
  openNotFound: 'Rien n’a été trouvé à l’emplacement {{path}} : ni fichier de projet ni dossier.',
  openNotAProject: '{{path}} n’est pas un fichier de projet Verbatim.',
  openNewerVersion:
    '{{path}} a été enregistré par une version plus récente de Verbatim. Mettez Verbatim à jour pour l’ouvrir.',
  openAlteredSchema:
    '{{path}} a été préparé par une autre version de Verbatim. Pour protéger vos données, il n’a pas été ouvert et rien n’a été modifié ; ouvrez-le avec le Verbatim qui l’a enregistré en dernier.',
  outsideShellFolder:
    'Dans le navigateur, Verbatim n’utilise que des fichiers .verbatim situés dans {{folder}} (le dossier pour lequel il a été lancé) ; « {{name}} » n’en fait pas partie.',
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
  coderNotFound: 'Il n’y a pas de codeur « {{name}} » dans ce projet.',
  caseAttributeNotFound: 'Il n’y a pas d’attribut de cas « {{name}} » dans ce projet.',
  proposalAccepted: 'Cette proposition a déjà été acceptée.',
  proposalRejected: 'Cette proposition a déjà été refusée.',
  agreementBlind:
    'L’accord compare les codages des codeurs, et le mode aveugle vous cache ceux des autres. La personne responsable de l’équipe désactive le mode aveugle (panneau Équipe) pour calculer et arbitrer l’accord.',
  blindOthersCodings:
    'Cela déplacerait ou supprimerait aussi des codages d’autres codeurs, que le mode aveugle vous cache. La personne responsable de l’équipe peut faire ce changement mode aveugle désactivé.',
  mappingEmpty: 'Le fichier de correspondances ne contient aucun remplacement.',
  surveyNoColumn: 'Choisissez au moins une colonne de texte libre ou d’attribut à importer.',
  surveyDuplicateId:
    'L’identifiant « {{id}} » figure sur plusieurs lignes ; choisissez une colonne aux identifiants uniques.',
  tableNoHeader: '{{file}} n’a pas de ligne d’en-tête avec les noms de colonnes.',
  tableNoRows: '{{file}} a des noms de colonnes mais aucune ligne.',
  matrixNoAttribute: 'Choisissez l’attribut dont les valeurs forment les colonnes.',
  teamUnreachable:
    'Le serveur d’équipe {{server}} est injoignable. Vos modifications restent dans le projet ; synchronisez de nouveau quand la connexion revient.',
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
