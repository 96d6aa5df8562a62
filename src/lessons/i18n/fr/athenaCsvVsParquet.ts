import type { LessonTranslation } from '../types';

/** The same query text as the English lesson (its code spans must match). */
const QUESTION = 'SELECT status, round(sum(total), 2) AS revenue FROM';

/** French: Module 2, the same question on CSV and on Parquet. */
export const athenaCsvVsParquetFr: LessonTranslation = {
  title: 'CSV ou Parquet : même réponse, analyse plus petite',
  summary:
    'Convertissez les commandes en Parquet avec CTAS et voyez baisser les octets analysés pour la même question.',
  objectives: [
    'Lire les données analysées d’une requête sur du CSV',
    'Convertir une table en Parquet compressé avec Snappy grâce à CREATE TABLE AS SELECT',
    'Expliquer pourquoi un format en colonnes analyse moins de données',
  ],
  steps: {
    'ask-csv': {
      title: 'Poser la question à la table CSV',
      instructions: `Exécutez \`${QUESTION} orders GROUP BY status\` et notez **Data scanned** (données analysées).`,
      hints: [
        'La table `orders` est partitionnée par année et par mois : les trois mois sont lus.',
      ],
      explanation:
        'CSV est un format en lignes : pour additionner une seule colonne, Athena lit quand même chaque octet de chaque ligne, toutes colonnes comprises.',
    },
    ctas: {
      title: 'Écrire une copie Parquet avec CTAS',
      instructions:
        "Exécutez `CREATE TABLE orders_parquet WITH (format = 'PARQUET', write_compression = 'SNAPPY') AS SELECT * FROM orders`. Athena exécute le SELECT, écrit son résultat en fichiers Parquet, puis les catalogue comme une nouvelle table.",
      hints: [
        'Sans `external_location`, Athena place les fichiers sous votre emplacement des résultats de requête, dans `tables/<query id>/`.',
      ],
      explanation:
        'CTAS est le moyen le plus rapide de changer de format dans un lac de données : une seule instruction lit la zone brute et écrit une copie en colonnes et compressée.',
    },
    'ask-parquet': {
      title: 'Poser à nouveau la question, à la table Parquet',
      instructions: `Exécutez \`${QUESTION} orders_parquet GROUP BY status\`. Mêmes lignes : comparez **Data scanned** avec l’exécution sur le CSV.`,
      hints: [
        'Ouvrez **Recent queries** (requêtes récentes) pour comparer les deux exécutions côte à côte.',
      ],
      explanation:
        'Parquet stocke chaque colonne séparément, compressée, avec des statistiques dans un pied de fichier. Athena lit ce pied de fichier, puis uniquement les blocs des colonnes `status` et `total` : une fraction des octets du CSV. À 5 $ par To, ce rapport est celui de votre facture.',
    },
  },
};
