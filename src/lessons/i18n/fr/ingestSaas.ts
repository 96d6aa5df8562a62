import type { LessonTranslation } from '../types';

/** The same names as the English lesson (its code spans must match). */
const BUCKET = 'shop-raw-zone';
const FLOW = 'crm-opportunities';

/** French: Module 2, pulling CRM data with AppFlow. */
export const ingestSaasFr: LessonTranslation = {
  title: 'Extraire les données du CRM avec AppFlow',
  summary:
    'Connectez un CRM de type Salesforce, mappez et filtrez ses opportunités, et déposez-les dans la zone brute avec Amazon AppFlow.',
  objectives: [
    'Créer un flux d’un objet SaaS vers S3 avec un mappage de champs',
    'L’exécuter à la demande et trouver sa sortie',
    'Filtrer à la source pour ne déposer que les enregistrements utiles',
  ],
  steps: {
    'create-flow': {
      title: 'Créer le flux',
      instructions: `Créez un flux à la demande \`${FLOW}\` depuis l’objet Salesforce **Opportunity** (connexion \`crm\`) vers \`s3://${BUCKET}/crm/\` au format JSON, avec les mappages \`Id → opportunity_id\`, \`Amount → amount\`, \`StageName → stage\`.`,
      hints: [
        'Une tâche Map renomme un champ ; une projection (Filter avec PROJECTION) choisit les champs à lire.',
      ],
      explanation:
        'AppFlow gère l’API du SaaS, la pagination et les informations d’identification : vous décrivez ce qu’il faut déplacer et comment le mapper.',
    },
    run: {
      title: 'L’exécuter',
      instructions: `Démarrez le flux et laissez passer une minute. La sortie se trouve sous \`crm/${FLOW}/<execution id>/\`.`,
      hints: [
        `\`aws appflow start-flow --flow-name ${FLOW}\`, puis avancez l’horloge d’une minute.`,
      ],
      explanation:
        'Chaque exécution écrit son propre dossier, nommé d’après son identifiant d’exécution : les exécutions ne s’écrasent jamais.',
    },
    filter: {
      title: 'Seulement les grosses affaires',
      instructions: `Supprimez le flux et recréez-le avec un filtre **Amount > 10000**, puis exécutez-le : moins d’enregistrements sont déposés.`,
      hints: ['Une tâche Filter avec l’opérateur GREATER_THAN et VALUE 10000.'],
      explanation:
        'Filtrer à la source déplace et stocke moins : des exécutions moins chères, une zone brute plus petite, et aucun nettoyage en aval d’enregistrements dont vous ne vouliez pas.',
    },
  },
};
