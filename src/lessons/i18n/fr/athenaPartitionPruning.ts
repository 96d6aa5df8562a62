import type { LessonTranslation } from '../types';

/** French: Module 2, partition pruning. */
export const athenaPartitionPruningFr: LessonTranslation = {
  title: 'Élagage des partitions',
  summary: 'Filtrez sur les clés de partition pour qu’Athena lise un seul mois au lieu de tous.',
  objectives: [
    'Voir les partitions connues d’Athena avec SHOW PARTITIONS',
    'Filtrer sur les clés de partition et lire moins de partitions',
    'Distinguer un filtre de partition d’un filtre sur une colonne de données',
  ],
  steps: {
    'show-partitions': {
      title: 'Lister les partitions',
      instructions:
        'Exécutez `SHOW PARTITIONS orders` : une ligne par dossier `year=…/month=…` enregistré dans le catalogue.',
      hints: [
        'La mise en place a exécuté `MSCK REPAIR TABLE orders`, qui a enregistré les trois dossiers mensuels.',
      ],
      explanation:
        'Les partitions se trouvent dans le catalogue de données AWS Glue. Athena ne lit que les partitions qui y sont enregistrées.',
    },
    prune: {
      title: 'Lire un seul mois',
      instructions:
        "Exécutez `SELECT count(*) FROM orders WHERE year = '2025' AND month = '02'`. Les statistiques indiquent **1 partition lue, 2 élaguées**, et un tiers des octets de la table entière.",
      hints: [
        "Ici, les valeurs de partition sont des chaînes : comparez avec `'02'`, pas avec `2`.",
      ],
      explanation:
        'La clause WHERE sur les clés de partition est évaluée dans le catalogue avant l’ouverture du moindre fichier : les autres mois ne sont ni listés ni lus. Partitionnez selon ce que vos requêtes filtrent, le plus souvent le temps.',
    },
    'data-column': {
      title: 'Un filtre sur une colonne de données n’élague rien',
      instructions:
        "Exécutez `SELECT count(*) FROM orders WHERE order_date >= DATE '2025-02-01' AND order_date < DATE '2025-03-01'`. Même réponse, mais les trois partitions sont lues.",
      hints: [
        'Comparez **Data scanned** (données analysées) avec la requête précédente dans **Recent queries** (requêtes récentes).',
      ],
      explanation:
        "`order_date` se trouve dans les fichiers : Athena doit donc tous les lire pour le tester. Seules les clés de partition élaguent. Ajoutez aussi le filtre de partition quand c’est possible : `AND month = '02'`.",
    },
  },
};
