import { CUSTOMERS_DDL, DATABASE, RESULTS_BUCKET, RESULTS_LOCATION } from '../../content/athenaLab';
import type { LessonTranslation } from '../types';

/** French: Module 2, your first Athena query. */
export const athenaFirstQueryFr: LessonTranslation = {
  title: 'Votre première requête Athena',
  summary:
    'Indiquez à Athena un emplacement des résultats de requête, décrivez un dossier CSV comme une table et interrogez-le en SQL.',
  objectives: [
    'Définir l’emplacement des résultats de requête où Athena écrit chaque résultat',
    'Créer une table externe sur des fichiers qui restent dans S3 (schéma à la lecture)',
    'Exécuter une requête et lire les données analysées et le coût',
  ],
  steps: {
    'result-location': {
      title: 'Définir l’emplacement des résultats de requête',
      instructions: `Ouvrez **Amazon Athena**. Avant la première requête, Athena a besoin d’un emplacement S3 pour les résultats : chaque requête y écrit son résultat sous forme de fichier CSV. Avec les paramètres de la bannière, créez le compartiment \`${RESULTS_BUCKET}\` et enregistrez \`${RESULTS_LOCATION}\` comme emplacement des résultats de requête du groupe de travail \`primary\`.`,
      hints: [
        'La bannière au-dessus de l’éditeur propose **Edit settings** (modifier les paramètres).',
        `\`aws athena update-work-group --work-group primary --configuration-updates ResultConfigurationUpdates={OutputLocation=${RESULTS_LOCATION}}\``,
      ],
      explanation:
        'Athena est sans serveur : il ne garde aucun stockage à lui. Chaque résultat est un fichier dans votre compartiment (plus un fichier `.metadata`). Voilà pourquoi l’emplacement est obligatoire, et pourquoi les résultats peuvent être téléchargés, partagés et supprimés comme n’importe quel objet.',
    },
    'create-table': {
      title: 'Décrire le dossier customers comme une table',
      instructions: `Dans la base de données \`${DATABASE}\`, exécutez ce DDL dans l’éditeur :\n\n\`\`\`sql\n${CUSTOMERS_DDL}\n\`\`\`\n\nRien n’est copié : la table n’est qu’une description (colonnes, format, emplacement) dans le catalogue de données AWS Glue.`,
      hints: [
        'Choisissez la base de données `shop` à gauche, collez l’instruction, puis **Run** (Ctrl+Entrée).',
        '`skip.header.line.count` indique à Athena d’ignorer la ligne d’en-tête de chaque fichier.',
      ],
      explanation:
        '**Schéma à la lecture** : les fichiers CSV restent tels quels ; la table dit à Athena comment les lire au moment de la requête. Un robot d’exploration aurait écrit le même genre de définition ; ici, vous l’avez écrite à la main en DDL Hive.',
    },
    'first-select': {
      title: 'Poser une question',
      instructions:
        'Exécutez `SELECT country, count(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC`. Sous les résultats, lisez **Data scanned** (données analysées) et **Cost** (coût).',
      hints: [
        'Vérifiez que le sélecteur de base de données affiche `shop`, ou écrivez `shop.customers`.',
      ],
      explanation:
        'Athena a lu tout le fichier CSV, quelques dizaines de kilo-octets, et a facturé le **minimum de 10 Mo** à 5 $ par To : une fraction de centime. Dans un vrai lac de données, la facture dépend surtout des octets analysés, que les leçons suivantes réduisent avec les formats en colonnes, la compression et les partitions.',
    },
  },
};
