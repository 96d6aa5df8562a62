import type { LessonTranslation } from '../types';

/** The same bucket and statement as the English lesson (its code spans must match). */
const CURATED = 'shop-curated-zone';
const CTAS = `CREATE TABLE orders_by_status
WITH (format = 'PARQUET', write_compression = 'SNAPPY',
      partitioned_by = ARRAY['status'],
      external_location = 's3://${CURATED}/orders_by_status/')
AS SELECT order_id, customer_id, order_date, total, status FROM orders`;

/** French: Module 2, CTAS into the curated zone. */
export const athenaCtasPartitionedFr: LessonTranslation = {
  title: 'CTAS vers la zone organisée',
  summary:
    'Écrivez une table Parquet Snappy partitionnée dans la zone organisée, en une seule instruction.',
  objectives: [
    'Choisir le format, la compression, les partitions et l’emplacement dans un CTAS',
    'Savoir que les colonnes de partition viennent en dernier dans le SELECT',
    'Interroger la nouvelle table avec élagage des partitions',
  ],
  steps: {
    ctas: {
      title: 'Créer la table organisée',
      instructions: `Exécutez :\n\n\`\`\`sql\n${CTAS}\n\`\`\`\n\nLa colonne de partition \`status\` est la dernière colonne du SELECT, comme CTAS l’exige.`,
      hints: [
        '`external_location` doit être un dossier vide.',
        'Si une erreur mentionne les colonnes de partition, déplacez `status` à la fin de la liste du SELECT.',
      ],
      explanation:
        'Une seule instruction : lire le CSV brut, le convertir en Parquet avec Snappy, le répartir en un dossier par statut, et enregistrer la table et ses partitions dans le catalogue.',
    },
    folders: {
      title: 'Examiner les partitions',
      instructions: `Ouvrez \`s3://${CURATED}/orders_by_status/\` dans la console S3 : un dossier \`status=…/\` par valeur, chacun avec des fichiers Parquet. Exécutez ensuite \`SHOW PARTITIONS orders_by_status\` : CTAS a enregistré chaque dossier comme une partition.`,
      hints: ['La console S3 affiche des dossiers pour les `/` des clés.'],
      explanation:
        'Ce sont des dossiers de partition de style Hive, exactement ce qu’un robot d’exploration ou MSCK REPAIR TABLE reconnaîtrait.',
    },
    query: {
      title: 'Interroger un seul statut',
      instructions:
        "Exécutez `SELECT count(*), round(sum(total), 2) FROM orders_by_status WHERE status = 'shipped'`.",
      hints: ['`status` est désormais une clé de partition : filtrer dessus élague.'],
      explanation:
        'En colonnes, compressée et partitionnée : la zone organisée coûte peu à interroger. C’est l’étape habituelle brut → organisé d’un lac de données, faite ici en SQL.',
    },
  },
};
