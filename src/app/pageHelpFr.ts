import type { PageHelp } from './pageHelp';

/** French help for the tools panel, by the same route prefixes as PAGE_HELP. */
export const HOME_HELP_FR: PageHelp = {
  title: 'LakeLab',
  paragraphs: [
    'LakeLab simule les services AWS d’un lac de données dans cet onglet du navigateur : rien ne quitte votre ordinateur et rien ne coûte d’argent.',
    'L’horloge en haut affiche le temps simulé : lancez-la, allez à l’événement suivant ou avancez pour voir les tâches se terminer et les coûts s’accumuler.',
  ],
};

export const PAGE_HELP_FR: Record<string, PageHelp> = {
  '/canvas': {
    title: 'Canevas du lac',
    paragraphs: [
      'Le canevas dessine votre lac à partir de ses ressources : les sources à gauche, les services d’ingestion AWS au milieu, les compartiments S3 à droite. Les ressources créées dans le terminal, dans une leçon ou dans une autre console y apparaissent aussi.',
      'Ajoutez une source depuis la palette (faites-la glisser, ou choisissez-la et appuyez sur Add to canvas), reliez-la à un compartiment avec « Connect to… », puis Create : le panneau liste les appels AWS effectués. Appuyez sur Lecture pour voir les enregistrements circuler et les objets arriver ; List view montre le même graphe sous forme de tableau.',
    ],
  },
  '/s3': {
    title: 'Amazon S3',
    paragraphs: [
      'Les compartiments contiennent les objets de votre lac de données : les fichiers bruts y arrivent, et les données organisées et agrégées y sont réécrites.',
      'Les noms de compartiment sont globaux et suivent les règles de nommage de S3 ; les clés d’objet peuvent utiliser « / » pour ressembler à des dossiers (préfixes).',
    ],
  },
  '/glue': {
    title: 'AWS Glue Data Catalog',
    paragraphs: [
      'Le catalogue de données décrit les données de S3 sous forme de bases de données et de tables : chaque table a des colonnes aux types Hive, un emplacement, un format (SerDe) et, éventuellement, des clés de partition.',
      "Les clés de partition ne sont pas des colonnes des fichiers : leurs valeurs viennent de dossiers comme year=2025/month=01/. Filtrez les partitions avec une expression telle que year = '2025' AND month = '01'.",
      'Chaque modification de schéma (UpdateTable) archive une nouvelle version de la table ; comparez deux versions dans l’onglet Versions.',
    ],
  },
  '/glue/crawlers': {
    title: 'Robots d’exploration AWS Glue',
    paragraphs: [
      'Un robot d’exploration liste et lit les fichiers sous ses chemins S3 avec son rôle IAM, choisit un classifieur pour chaque fichier et écrit dans sa base de données une table par dossier de fichiers semblables ; les dossiers clé=valeur deviennent des clés de partition.',
      'Les exécutions prennent du temps simulé : exécutez un robot d’exploration, puis appuyez sur Lecture ou sur Aller à l’événement suivant. Ouvrez une exécution et « Why this schema? » pour voir quel classifieur l’a emporté, pourquoi chaque colonne a reçu son type et comment les dossiers sont devenus des tables et des partitions.',
    ],
  },
  '/glue/classifiers': {
    title: 'Classifieurs AWS Glue',
    paragraphs: [
      'Un classifieur personnalisé (Grok, CSV, JSON ou XML) indique aux robots d’exploration comment lire les fichiers que les classifieurs intégrés interprètent mal. Les robots essaient leurs classifieurs personnalisés dans l’ordre, puis les classifieurs intégrés ; la première correspondance certaine l’emporte.',
    ],
  },
  '/athena': {
    title: 'Amazon Athena',
    paragraphs: [
      'Athena exécute du SQL sur les fichiers de S3 que décrivent les tables Glue. Définissez d’abord un emplacement des résultats de requête pour le groupe de travail : chaque requête y écrit ses résultats dans un fichier CSV.',
      'Vous payez 5 $ par To analysé (10 Mo minimum par requête). Les partitions, Parquet et la compression réduisent l’analyse : comparez « Data scanned » pour la même question sur du CSV et sur du Parquet.',
      'Ctrl+Entrée exécute la requête (ou le texte sélectionné). Les requêtes s’exécutent en tant que principal choisi dans la barre supérieure, avec ses autorisations.',
    ],
  },
  '/lakeformation': {
    title: 'AWS Lake Formation',
    paragraphs: [
      'Lake Formation gouverne le catalogue et les données de S3 en trois étapes : enregistrer un emplacement S3, créer les bases de données et les tables, puis accorder aux principaux des autorisations sur celles-ci (ressources nommées ou expressions de LF-Tags).',
      'Un nouveau compte n’utilise que le contrôle d’accès IAM : IAMAllowedPrincipals détient ALL sur chaque base de données et chaque table. Décochez les deux valeurs par défaut sous Administrators et révoquez cette autorisation pour que Lake Formation décide.',
      'Le bac à sable des autorisations montre ce qu’un principal peut lire (tables, colonnes, lignes) et pourquoi ; prévisualisez une autorisation sur une copie du lab avant de l’appliquer, puis exécutez en tant que ce principal dans Athena.',
    ],
  },
  '/iam': {
    title: 'IAM',
    paragraphs: [
      'Les utilisateurs sont des personnes ou des programmes ; les rôles sont des identités qu’un service (Glue, Lake Formation) ou une personne assume.',
      'Attachez des politiques gérées par AWS ou écrivez une politique en ligne. « Act as this principal » fait passer chaque appel de la console par cet utilisateur ou ce rôle, pour tester ce qu’il a le droit de faire.',
    ],
  },
  '/lessons': {
    title: 'Cours',
    paragraphs: [
      'Les leçons de « Building Data Lakes on AWS », module par module. Démarrer une leçon prépare votre lab ; chaque étape est vérifiée en direct pendant que vous travaillez, où que ce soit dans la console.',
      'Bloqué ? Affichez les indices un par un, ou utilisez Show me pour voir les commandes CLI et laisser le lab les exécuter pour vous. Votre progression est enregistrée dans ce navigateur.',
    ],
  },
  '/timeline': {
    title: 'Chronologie',
    paragraphs: [
      'Chaque appel effectué dans ce lab, avec son heure simulée, son principal, son résultat et ses ressources. Filtrez par service, par principal ou par résultat.',
      'LakeLab garde les 50 dernières étapes : « Restore to here » ou le curseur ramène le lab à n’importe laquelle d’entre elles, et Annuler (Ctrl+Z) et Rétablir (Ctrl+Maj+Z) avancent d’une étape à la fois. La lecture de l’horloge compte pour une étape.',
    ],
  },
  '/scenarios': {
    title: 'Scénarios',
    paragraphs: [
      'Des labs prêts à l’emploi pour un cours ou une démonstration : un compte vide, le lac de la boutique avec sa zone brute, Athena prêt à interroger, un flux de clics en streaming, un lac gouverné par Lake Formation.',
      'Ouvrir un scénario remplace votre lab après confirmation. Pour garder votre lab, exportez-le d’abord depuis Paramètres du lab ; Share, dans la barre supérieure, donne un lien vers un petit lab.',
    ],
  },
  '/settings': {
    title: 'Paramètres du lab',
    paragraphs: [
      'Votre lab est enregistré dans ce navigateur. Exportez-le dans un fichier .lakelab pour le conserver ou le partager avec une classe ; importez un fichier pour remplacer le lab ; réinitialisez-le pour repartir de zéro.',
    ],
  },
};
