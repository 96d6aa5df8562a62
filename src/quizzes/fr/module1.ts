import type { QuizTranslation } from '../translation';

/** French: Module 1 self-check (the lab tour). */
export const MODULE_1_QUIZ_FR: QuizTranslation = {
  title: 'Introduction aux lacs de données : auto-évaluation',
  questions: {
    'bucket-holds': {
      prompt: 'Dans Amazon S3, qu’est-ce qui contient les objets d’un lac de données ?',
      choices: {
        bucket: 'Un compartiment',
        table: 'Une table du catalogue de données',
        volume: 'Un volume EBS',
      },
      explanation:
        'Les objets résident dans des compartiments ; une table du catalogue ne fait que décrire des données stockées dans S3.',
    },
    'object-key': {
      prompt: 'Qu’est-ce qui nomme un objet dans son compartiment ?',
      choices: {
        key: 'Sa clé, par exemple raw/orders/2025-01.csv',
        arn: 'Son rôle IAM',
        region: 'Sa région AWS',
      },
      explanation:
        'Un objet est désigné par son compartiment et sa clé ; les « dossiers » ne sont que des préfixes de clé.',
    },
    'terminal-same-api': {
      prompt:
        'Vous créez un compartiment avec `aws s3api create-bucket` dans le terminal. Où apparaît-il ?',
      choices: {
        everywhere: 'Dans la console aussi : les deux appellent la même API',
        'terminal-only': 'Uniquement dans le terminal',
      },
      explanation:
        'La console, la CLI et les SDK appellent tous la même API du service : ils voient donc les mêmes ressources.',
    },
    'clock-why': {
      prompt: 'Pourquoi LakeLab a-t-il une horloge simulée ? (Plusieurs réponses possibles.)',
      choices: {
        jobs: 'Pour voir se terminer les traitements longs, comme les exécutions des robots d’exploration',
        costs: 'Pour voir les coûts de stockage s’accumuler au fil des jours',
        speed: 'Pour accélérer le navigateur',
      },
      explanation:
        'Avancer dans le temps permet de voir ce qui prend des heures ou des jours sur AWS : les tâches, les règles de cycle de vie et les frais mensuels.',
    },
    'cost-meter': {
      prompt: 'Que montre le compteur de coûts dans la barre supérieure ?',
      choices: {
        estimate:
          'Les frais estimés depuis le début du mois, par service, d’après les prix publics',
        'real-bill': 'Votre vraie facture AWS',
      },
      explanation:
        'Il estime ce que le même travail coûterait sur AWS ; aucun argent réel n’est dépensé.',
    },
  },
};
