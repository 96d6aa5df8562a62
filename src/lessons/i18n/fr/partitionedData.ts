import type { LessonTranslation } from '../types';

/** French text of the lesson "Partitioned data" (module 2). */
export const partitionedDataFr: LessonTranslation = {
  title: 'Données partitionnées',
  summary:
    'Voyez comment les dossiers year=/month= deviennent des clés de partition, et les nouveaux dossiers des partitions.',
  objectives: [
    'Reconnaître les dossiers de partition de style Hive (key=value)',
    'Lister les partitions d’une table et les filtrer',
    'Enregistrer une nouvelle partition en relançant l’exploration ou à la main',
  ],
  steps: {
    'crawl-orders': {
      title: 'Explorer et trouver les clés de partition',
      instructions:
        'Les commandes sont rangées par mois : `s3://shop-raw-zone/shop/orders/year=2025/month=01/orders.csv`, `month=02/`, `month=03/`. La mise en place a créé pour vous le robot d’exploration `shop-raw-crawler` : choisissez **Run crawler**, laissez tourner l’horloge jusqu’à ce qu’il réussisse, puis ouvrez la table `orders`. Sous **Schema**, `year` et `month` apparaissent comme colonnes **Partition key**.',
      hints: [
        'Ouvrez d’abord le dossier `shop/orders/` dans la console S3 : les noms des dossiers portent les valeurs.',
        '`aws glue start-crawler --name shop-raw-crawler`, puis avancez l’horloge de quelques minutes.',
      ],
      explanation:
        "Les dossiers nommés `key=value` sont des partitions de style Hive. Le robot d’exploration a trouvé le même schéma dans chaque dossier mensuel : il a donc créé une seule table `orders`, et non trois, et transformé les noms de dossiers en colonnes de clé de partition `year` et `month` (des chaînes : elles viennent des chemins). Pourquoi c’est important : dans Athena, une requête avec `WHERE year = '2025' AND month = '02'` ne lit que ce dossier — c’est l’élagage des partitions — et n’analyse donc, et ne facture, qu’un tiers de la table entière.",
    },
    'add-april': {
      title: 'Déposer un nouveau mois',
      instructions:
        'De nouvelles données arrivent : chargez un fichier d’avril dans `s3://shop-raw-zone/shop/orders/year=2025/month=04/orders.csv` (même en-tête que les autres mois : `order_id,customer_id,order_date,status,total`). Ouvrez ensuite l’onglet **Partitions** de la table `orders` : avril n’y est pas encore.',
      hints: [
        'Dans la console S3, ouvrez `shop/orders/`, créez les dossiers `year=2025/month=04/` et chargez-y un fichier CSV.',
        '`aws s3 cp orders.csv s3://shop-raw-zone/shop/orders/year=2025/month=04/orders.csv`',
      ],
      explanation:
        'Une partition est une entrée du catalogue — des valeurs et un emplacement S3 — pas seulement un dossier. Les moteurs de requête lisent la liste des partitions dans le catalogue : un dossier que personne n’a enregistré leur est invisible. Pourquoi c’est important : « mes nouvelles données n’apparaissent pas dans Athena » vient le plus souvent d’une partition manquante.',
    },
    'recrawl-partitions': {
      title: 'Relancer l’exploration pour ajouter la partition',
      instructions:
        "Choisissez de nouveau **Run crawler** et laissez-le terminer. L’onglet **Partitions** de `orders` compte maintenant quatre partitions ; tapez `month = '04'` dans **Filter partitions** pour ne voir qu’avril.",
      hints: [
        'Le robot d’exploration compare ce qu’il trouve avec le catalogue et ajoute les partitions manquantes.',
        '`aws glue start-crawler --name shop-raw-crawler`, puis `aws glue get-partitions --database-name shop --table-name orders --expression "month = \'04\'"`.',
      ],
      explanation:
        'Le schéma n’a pas changé : le robot d’exploration a seulement ajouté la partition `(2025, 04)`. Le filtre est une expression de partition, le même genre de prédicat qu’Athena transmet à GetPartitions. Pourquoi c’est important : les explorations planifiées sont un moyen de tenir les partitions à jour ; pour des partitions nombreuses ou fréquentes, la projection de partitions d’Athena évite complètement la liste du catalogue.',
    },
    'add-partition-by-hand': {
      title: 'Enregistrer une partition sans robot d’exploration',
      instructions:
        'Chargez les commandes de mai dans `s3://shop-raw-zone/shop/orders/year=2025/month=05/orders.csv`, puis enregistrez vous-même la partition avec **CreatePartition** (valeurs `2025`, `05`, emplacement `s3://shop-raw-zone/shop/orders/year=2025/month=05/`) — ce que fait `ALTER TABLE orders ADD PARTITION` dans Athena.',
      hints: [
        'Les valeurs de la partition suivent l’ordre des clés de partition : d’abord l’année, puis le mois.',
        '`aws glue create-partition --database-name shop --table-name orders --partition-input \'{"Values":["2025","05"],"StorageDescriptor":{"Location":"s3://shop-raw-zone/shop/orders/year=2025/month=05/"}}\'`',
      ],
      explanation:
        'Ajouter une partition est une écriture peu coûteuse dans le catalogue ; une exploration, elle, lit des fichiers. Quand votre pipeline sait exactement quel dossier il vient d’écrire, enregistrer lui-même la partition est plus rapide et moins cher qu’une exploration. Pourquoi c’est important : les tâches d’ingestion se terminent souvent par CreatePartition (ou BatchCreatePartition) et gardent les robots d’exploration pour découvrir les changements de schéma.',
    },
  },
};
