import type { LessonTranslation } from '../types';

/** The same names and statement as the English lesson (its code spans must match). */
const BUCKET = 'shop-raw-zone';
const ROLE = 'DmsS3WriterRole';
const ORDERS_CDC_DDL = `CREATE EXTERNAL TABLE orders_changes (
  op string, order_id bigint, customer_id bigint, order_date date, status string, total double)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://${BUCKET}/dms/shop/orders/'`;

/** French: Module 2, migrating the shop database with DMS. */
export const ingestDatabaseFr: LessonTranslation = {
  title: 'Migrer la base de données de la boutique avec DMS',
  summary:
    'Chargez les tables relationnelles de la boutique dans la zone brute avec AWS DMS, puis continuez à capturer leurs modifications.',
  objectives: [
    'Créer les points de terminaison source et cible DMS et une tâche de réplication',
    'Reconnaître les fichiers de chargement complet (LOAD00000001.csv) et les fichiers de modifications avec la colonne Op',
    'Interroger les insertions, mises à jour et suppressions avec Athena',
  ],
  steps: {
    endpoints: {
      title: 'Décrire la source et la cible',
      instructions: `L’instance de réplication \`lab-instance\` est prête. Créez un point de terminaison **source** \`shop-source\` (moteur mysql, serveur \`shop-db.internal\`, port 3306, nom d’utilisateur et mot de passe au choix) et un point de terminaison **cible** \`lake-target\` (moteur s3, compartiment \`${BUCKET}\`, dossier \`dms\`, rôle \`${ROLE}\`, **IncludeOpForFullLoad** activé).`,
      hints: [
        'Le rôle de la cible doit faire confiance à dms.amazonaws.com : la mise en place l’a créé.',
      ],
      explanation:
        'Les points de terminaison disent d’où viennent les données et où elles vont ; l’instance de réplication fait le travail entre les deux.',
    },
    'full-load': {
      title: 'Chargement complet, puis réplication continue',
      instructions:
        'Créez la tâche `shop-to-lake` (type de migration **full-load-and-cdc**, toutes les tables du schéma `shop`), démarrez-la et laissez passer 10 minutes.',
      hints: [
        'Mappages de tables : une règle de sélection qui inclut le schéma `shop`, table `%`.',
      ],
      explanation: `Chaque table a été copiée une fois, dans \`dms/shop/<table>/LOAD00000001.csv\`. Ensuite, DMS lit le journal des modifications de la base de données et écrit les modifications.`,
    },
    changes: {
      title: 'Voir arriver les modifications',
      instructions: `Laissez passer encore **30 minutes** pendant que des commandes arrivent et changent dans la base de données de la boutique. Environ un fichier de modifications par minute (\`2025…-….csv\`, nommé d’après l’heure) apparaît à côté du fichier LOAD ; chaque ligne commence par **I**, **U** ou **D**.`,
      hints: ['Barre supérieure : Avancer → 30 minutes.'],
      explanation:
        'La capture des données modifiées (CDC) dépose les insertions, mises à jour et suppressions au fil de l’eau, sans recopier les tables : le lac reste à jour avec peu de charge sur la source.',
    },
    'query-changes': {
      title: 'Compter les modifications avec Athena',
      instructions: `Dans Athena (base de données \`shop\`), décrivez le dossier des commandes comme une table :\n\n\`\`\`sql\n${ORDERS_CDC_DDL}\n\`\`\`\n\npuis exécutez \`SELECT op, count(*) AS changes FROM orders_changes GROUP BY op\`.`,
      hints: [
        'La première colonne de chaque fichier est Op, car IncludeOpForFullLoad était activé : les lignes du chargement complet indiquent I.',
      ],
      explanation:
        'La zone brute contient désormais l’historique de chaque ligne. Une table organisée de l’état actuel s’obtient en gardant la dernière modification de chaque clé et en écartant les D : le travail classique d’une tâche Glue ou d’un CTAS Athena.',
    },
  },
};
