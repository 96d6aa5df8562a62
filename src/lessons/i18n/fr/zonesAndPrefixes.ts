import type { LessonTranslation } from '../types';

/** French text of the lesson "S3 for a data lake: zones and prefixes" (module 2). */
export const zonesAndPrefixesFr: LessonTranslation = {
  title: 'S3 pour un lac de données : zones et préfixes',
  summary:
    'Organisez les zones brute, traitée et organisée, et partitionnez les données avec des préfixes de style Hive.',
  objectives: [
    'Créer un compartiment par zone du lac',
    'Écrire des données sous des préfixes de partition de style Hive (year=/month=)',
  ],
  steps: {
    'zone-buckets': {
      title: 'Créer les trois zones',
      instructions:
        'Créez trois compartiments, un par zone :\n\n- `lake-raw-zone` — les données telles qu’elles arrivent\n- `lake-processed-zone` — nettoyées et converties\n- `lake-curated-zone` — prêtes pour les analystes',
      hints: [
        'Utilisez trois fois **Create bucket**.',
        'Dans le terminal : `aws s3 mb s3://lake-raw-zone`, et ainsi de suite.',
      ],
      explanation:
        'Des zones séparées gardent les données brutes immuables (vous pouvez toujours les retraiter), tandis que les données traitées et organisées sont reconstruites. Pourquoi c’est important : chaque zone a ses propres autorisations, son cycle de vie et son chiffrement — un compartiment par zone rend cela simple.',
    },
    'first-partition': {
      title: 'Écrire une partition',
      instructions:
        'Déposez un fichier de commandes dans la zone brute sous un préfixe **de style Hive** : `orders/year=2025/month=01/orders.csv`. Dans la console, créez les dossiers `orders`, `year=2025`, `month=01` et chargez-y un fichier CSV, ou utilisez `aws s3 cp` dans le terminal.',
      hints: [
        'Un préfixe n’est que le début d’une clé : `orders/year=2025/month=01/orders.csv` est une seule clé.',
        'Le nom s’écrit `key=value`, en minuscules, sans espace.',
      ],
      explanation:
        'Les préfixes nommés `column=value` permettent à Hive, AWS Glue et Athena de reconnaître les partitions : un robot d’exploration transforme `year` et `month` en colonnes. Pourquoi c’est important : une requête sur janvier ne lit que ce préfixe au lieu de toute la table.',
    },
    'second-partition': {
      title: 'Ajouter le mois suivant',
      instructions:
        'Ajoutez février à côté de janvier : `orders/year=2025/month=02/orders.csv` dans `lake-raw-zone`.',
      hints: ['Même organisation qu’avant, avec `month=02`.'],
      explanation:
        'Lister avec un délimiteur présente les partitions comme des préfixes communs, comme la console présente des dossiers. Pourquoi c’est important : les nouvelles données arrivent dans de nouvelles partitions ; les anciens fichiers ne changent jamais et chaque chargement est un ajout.',
    },
  },
};
