import type { TourText } from './tourSteps';

/** French text of the console tour, by stop id (the English stops in tourSteps.ts). */
export const TOUR_TEXT_FR: Record<string, TourText> = {
  navigation: {
    title: 'Services',
    body: 'La navigation latérale ouvre chaque service simulé : Amazon S3, le catalogue de données AWS Glue, Amazon Athena, AWS Lake Formation, IAM et les outils du lab.',
  },
  clock: {
    title: 'Horloge simulée',
    body: 'Ici, le temps est simulé. Lancez-le, allez à l’événement suivant ou avancez pour voir les robots d’exploration se terminer, les règles de cycle de vie s’appliquer et les coûts s’accumuler.',
  },
  principal: {
    title: 'Qui vous êtes',
    body: 'La console agit en tant que ce principal IAM. Passez à un autre utilisateur ou rôle pour voir ce que ses politiques autorisent, et ce qu’elles refusent.',
  },
  cost: {
    title: 'Compteur de coûts',
    body: 'Les frais estimés ce mois-ci, d’après les prix publics de us-east-1. Aucun argent réel n’est dépensé.',
  },
  terminal: {
    title: 'Terminal',
    body: 'Exécutez des commandes AWS CLI comme `aws s3 ls` sur le même lab que celui de la console.',
  },
  lessons: {
    title: 'Cours',
    body: 'Des leçons guidées, vérifiées en direct pendant que vous travaillez, et un quiz d’auto-évaluation à la fin de chaque module.',
  },
  help: {
    title: 'Aide',
    body: 'L’aide de la page où vous êtes. Vous pouvez revoir cette visite à tout moment depuis le panneau d’aide.',
  },
};
