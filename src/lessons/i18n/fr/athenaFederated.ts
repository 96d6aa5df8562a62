import type { LessonTranslation } from '../types';

/** The same connector and statement as the English lesson (its code spans must match). */
const CONNECTOR = 'arn:aws:lambda:us-east-1:111122223333:function:athena-dynamodb-connector';
const JOIN = `SELECT p.loyalty_tier, c.country, count(*) AS customers
FROM "dynamo"."default"."customer_profiles" p
JOIN customers c ON c.id = p.customer_id
GROUP BY 1, 2 ORDER BY customers DESC LIMIT 10`;

/** French: Module 2, federated query. */
export const athenaFederatedFr: LessonTranslation = {
  title: 'Requête fédérée',
  summary:
    'Enregistrez un connecteur DynamoDB comme catalogue de données et joignez sa table avec le lac.',
  objectives: [
    'Enregistrer un connecteur de source de données basé sur Lambda comme catalogue de données Athena',
    'Nommer les tables sous la forme "catalogue"."base de données"."table"',
    'Joindre des données opérationnelles et des données de S3 sans les copier',
  ],
  steps: {
    catalog: {
      title: 'Enregistrer le connecteur DynamoDB',
      instructions: `Dans le terminal, enregistrez la fonction Lambda du connecteur comme catalogue de données nommé \`dynamo\` :\n\n\`aws athena create-data-catalog --name dynamo --type LAMBDA --parameters function=${CONNECTOR}\``,
      hints: [
        'Dans AWS, vous déploieriez d’abord le connecteur depuis le Serverless Application Repository ; LakeLab le simule.',
      ],
      explanation:
        'Un connecteur est une fonction Lambda qui liste et lit un autre magasin de données pour le compte d’Athena. L’enregistrer lui donne un nom de catalogue.',
    },
    peek: {
      title: 'Lire la table DynamoDB',
      instructions:
        'Choisissez la source de données **dynamo** dans l’éditeur, ou exécutez `SELECT * FROM "dynamo"."default"."customer_profiles" LIMIT 10`.',
      hints: ['Noms en trois parties : catalogue, base de données (schéma), table.'],
      explanation:
        'Les lignes viennent du connecteur, pas de S3 : ni robot d’exploration, ni copie.',
    },
    join: {
      title: 'Joindre avec le lac',
      instructions: `Exécutez :\n\n\`\`\`sql\n${JOIN}\n\`\`\``,
      hints: [
        '`customers` est la table S3 de la base de données `shop` ; la table DynamoDB est entièrement qualifiée.',
      ],
      explanation:
        'Une seule instruction SQL a joint des données opérationnelles en direct (les niveaux de fidélité dans DynamoDB) avec les données historiques du lac (les clients dans S3). Les requêtes fédérées sont facturées sur les octets que renvoie le connecteur et sont plus lentes qu’une analyse S3 : servez-vous-en pour explorer et joindre, et déposez dans le lac les données chaudes que vous interrogez souvent.',
    },
  },
};
