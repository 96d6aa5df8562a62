import type { LessonTranslation } from '../types';

/** French text of the lesson "Storage classes and lifecycle" (module 2). */
export const storageClassesFr: LessonTranslation = {
  title: 'Classes de stockage et cycle de vie',
  summary:
    'Déplacez automatiquement les données lues moins souvent vers une classe de stockage moins chère.',
  objectives: [
    'Écrire une règle de cycle de vie S3 avec une transition',
    'Voir une transition se produire au fil du temps',
    'Savoir quels objets le cycle de vie ignore',
  ],
  steps: {
    'lifecycle-rule': {
      title: 'Créer une règle de cycle de vie',
      instructions:
        'Ouvrez le compartiment `archive-zone`, onglet **Management**, et créez une règle de cycle de vie nommée `to-ia` qui fait passer les objets en **Standard-IA** après **30** jours.',
      hints: [
        'Choisissez **Create lifecycle rule**, puis **Add transition**.',
        'Choisissez la classe de stockage Standard-IA et tapez 30 dans le nombre de jours.',
      ],
      explanation:
        'Une règle de cycle de vie est un paramètre du compartiment que S3 applique une fois par jour. Standard-IA coûte moins cher au Go-mois que Standard, mais facture chaque Go récupéré et au moins 30 jours de stockage. Pourquoi c’est important : les données brutes sont beaucoup lues à leur arrivée, et rarement ensuite.',
    },
    'jump-31-days': {
      title: 'Laisser passer un mois',
      instructions:
        'Avancez l’horloge de **31 jours**, puis regardez la classe de stockage de `logs/orders-2025-01.csv` et celle de `logs/readme.txt`.',
      hints: [
        '**Avancer** → **Durée personnalisée…** → `31d`.',
        'Le cycle de vie s’exécute à minuit UTC : le nombre de jours est arrondi au jour supérieur.',
      ],
      explanation:
        'Le gros fichier est passé en Standard-IA, mais `readme.txt` est resté en Standard : par défaut, S3 ne fait pas de transition pour les objets de moins de 128 Ko, car Standard-IA facture chaque objet comme s’il faisait au moins 128 Ko. Pourquoi c’est important : le cycle de vie fait économiser sur les gros fichiers, pas sur une multitude de petits — une raison de plus de compacter les petits fichiers.',
    },
  },
};
