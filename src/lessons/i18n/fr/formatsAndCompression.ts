import type { LessonTranslation } from '../types';

/** French text of the lesson "Formats and compression" (module 2). */
export const formatsAndCompressionFr: LessonTranslation = {
  title: 'Formats et compression',
  summary:
    'Repérez dans les données d’exemple les fichiers Parquet en colonnes et les fichiers compressés avec gzip, et comparez leurs tailles.',
  objectives: [
    'Distinguer les objets CSV, JSON, Parquet et gzip',
    'Comparer la taille des données compressées et non compressées',
    'Commencer une zone organisée avec des données en colonnes',
  ],
  steps: {
    'curated-bucket': {
      title: 'Créer la zone organisée',
      instructions:
        'Les données d’exemple sont dans `shop-raw-zone`. Créez un compartiment `shop-curated-zone` pour les données prêtes à être analysées.',
      hints: ['**Create bucket** dans la console S3, ou `aws s3 mb s3://shop-curated-zone`.'],
      explanation:
        'Les données organisées sont celles que les analystes interrogent : propres, typées et dans un format efficace. Pourquoi c’est important : c’est dans cette zone que les choix de format sont payants.',
    },
    'copy-parquet': {
      title: 'Trouver le fichier Parquet',
      instructions:
        'Dans `shop-raw-zone`, trouvez l’objet Parquet sous `shop/order_items/` et notez sa taille. Copiez-le dans `shop-curated-zone` avec la même clé, `shop/order_items/order_items.parquet`.',
      hints: [
        'Les fichiers Parquet se terminent par `.parquet` ; l’aperçu montre leurs colonnes et leurs groupes de lignes.',
        'Dans le terminal : `aws s3 cp s3://shop-raw-zone/shop/order_items/order_items.parquet s3://shop-curated-zone/shop/order_items/order_items.parquet`.',
      ],
      explanation:
        'Parquet est un format en colonnes : les valeurs d’une colonne sont stockées ensemble, typées et compressées, avec des statistiques par groupe de lignes. Pourquoi c’est important : Athena ou Spark ne lisent que les colonnes dont une requête a besoin, et analysent (et facturent) bien moins d’octets qu’avec du CSV.',
    },
    'copy-gzip': {
      title: 'Comparer JSON et gzip',
      instructions:
        'Ouvrez `clickstream/events/2025/01/07/` et `clickstream/events/2025/01/08/` dans `shop-raw-zone` : le même type d’événements, en JSON brut (environ 40 Ko) et en `.json.gz` (environ 5 Ko). Copiez un fichier `.json.gz` dans `shop-curated-zone` sous `clickstream/`.',
      hints: [
        'Triez la liste des objets par taille pour voir la différence.',
        '`aws s3 cp s3://shop-raw-zone/clickstream/events/2025/01/08/events-2025-01-08-00.json.gz s3://shop-curated-zone/clickstream/`',
      ],
      explanation:
        'Ici, gzip réduit environ huit fois le JSON répétitif : le stockage et les octets analysés par une requête diminuent d’autant. Mais un fichier gzip ne peut pas être découpé : un seul lecteur décompresse chaque fichier en entier. Pourquoi c’est important : choisissez la compression en pensant au moteur — Snappy ou ZSTD à l’intérieur de Parquet garde les fichiers découpables.',
    },
  },
};
