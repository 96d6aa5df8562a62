import type { LessonTranslation } from '../types';

/** French text of the lesson "Schema changes between crawls" (module 2). */
export const schemaChangesFr: LessonTranslation = {
  title: 'Changements de schéma entre deux explorations',
  summary:
    'Ajoutez une colonne aux nouvelles données, relancez l’exploration et comparez les versions de table que conserve le catalogue.',
  objectives: [
    'Voir un robot d’exploration mettre à jour une table quand les données gagnent une colonne',
    'Comparer les versions d’une table dans le catalogue de données',
    'Choisir entre UPDATE_IN_DATABASE et LOG',
  ],
  steps: {
    'add-column-file': {
      title: 'Déposer un fichier avec une colonne de plus',
      instructions:
        'La mise en place a exploré une fois les données d’exemple avec `shop-raw-crawler`. La boutique commence maintenant à enregistrer des codes promo : chargez un fichier d’avril dans `s3://shop-raw-zone/shop/orders/year=2025/month=04/orders.csv` dont l’en-tête a une colonne de plus à la fin : `order_id,customer_id,order_date,status,total,coupon_code`.',
      hints: [
        'Créez les dossiers `year=2025/month=04/` sous `shop/orders/` et chargez-y le fichier CSV.',
        '`aws s3 cp orders.csv s3://shop-raw-zone/shop/orders/year=2025/month=04/orders.csv`',
      ],
      explanation:
        'Les sources évoluent : un nouveau champ dans un export est le changement de schéma le plus courant. Ajouter une colonne à la fin est le cas le plus simple — les anciens fichiers n’ont tout bonnement pas de valeur pour elle. Pourquoi c’est important : le catalogue ne remarque rien tant que quelque chose (un robot d’exploration, ou vous) ne met pas la table à jour.',
    },
    'recrawl-new-version': {
      title: 'Relancer l’exploration et voir une nouvelle version de la table',
      instructions:
        'Choisissez **Run crawler** sur `shop-raw-crawler` et laissez-le terminer. Ouvrez la table `orders` : le **Schema** se termine maintenant par `coupon_code`, et l’onglet **Versions** liste deux versions — comparez-les pour voir la colonne ajoutée.',
      hints: [
        'Le robot d’exploration garde la table et écrit une nouvelle version de sa définition.',
        '`aws glue start-crawler --name shop-raw-crawler`, attendez, puis `aws glue get-table-versions --database-name shop --table-name orders`.',
      ],
      goalTitle: 'La table orders après la nouvelle exploration',
      explanation:
        'Par défaut, la politique de modification du schéma du robot d’exploration a pour UpdateBehavior **UPDATE_IN_DATABASE** : il réécrit la définition de la table, et le catalogue de données conserve la définition précédente comme version antérieure (GetTableVersions). Les mois sans la colonne la lisent comme NULL. Pourquoi c’est important : les versions sont votre piste d’audit — quand un tableau de bord casse, comparez les versions pour voir quelle exploration a modifié quelle colonne.',
    },
    'log-policy': {
      title: 'Figer le schéma avec LOG',
      instructions:
        'Choisissez **Edit** sur `shop-raw-crawler` : réglez **When the crawler detects schema changes** et **When the crawler finds deleted objects** sur **Ignore the change and do not update the table** (UpdateBehavior et DeleteBehavior `LOG`). Déposez ensuite le fichier de mai avec encore une autre colonne, `gift_wrap`, dans `s3://shop-raw-zone/shop/orders/year=2025/month=05/orders.csv`, et relancez l’exploration : la table garde deux versions.',
      hints: [
        '`aws glue update-crawler --name shop-raw-crawler --schema-change-policy UpdateBehavior=LOG,DeleteBehavior=LOG`',
        'Chargez ensuite le fichier de mai et exécutez de nouveau le robot d’exploration : la table garde ses deux versions et ne gagne pas de `gift_wrap`.',
      ],
      explanation:
        'Avec **LOG**, le robot d’exploration se contente de signaler la différence dans le journal de son exécution et laisse la définition de la table intacte : pas de nouvelle version, pas de `gift_wrap`. Pourquoi c’est important : dès qu’une table alimente des rapports, vous voudrez peut-être faire valider les changements de schéma — une table organisée dont les colonnes bougent sous un tableau de bord, c’est un tableau de bord cassé. UPDATE_IN_DATABASE convient à la zone brute, LOG aux tables que vous gérez à la main.',
    },
  },
};
