import type { LessonTranslation } from '../types';

/** The same names as the English lesson (its code spans must match). */
const BUCKET = 'shop-raw-zone';
const ROLE = 'DataSyncS3Role';
const S3_URI = `s3://${BUCKET}/sales/`;

/** French: Module 2, syncing a file share with DataSync. */
export const ingestFilesFr: LessonTranslation = {
  title: 'Synchroniser un partage de fichiers avec DataSync',
  summary:
    'Copiez les exports de ventes d’un partage NFS sur site dans la zone brute, puis recommencez en ne copiant que ce qui a changé.',
  objectives: [
    'Décrire une source NFS et une destination S3 comme emplacements DataSync',
    'Exécuter une tâche et lire ses phases et ses compteurs',
    'Voir une exécution incrémentielle ne copier que les fichiers nouveaux ou modifiés',
  ],
  steps: {
    locations: {
      title: 'Décrire les deux extrémités',
      instructions: `L’agent DataSync \`onprem-agent\` tourne à côté du serveur de fichiers. Créez un **emplacement NFS** pour \`nas.corp.internal\`, export \`/exports/sales\` (via l’agent), et un **emplacement S3** pour \`${S3_URI}\` avec le rôle \`${ROLE}\`.`,
      hints: [
        'L’emplacement S3 a besoin d’un rôle que DataSync peut assumer : la mise en place l’a créé.',
      ],
      explanation:
        'Un emplacement est une extrémité d’un transfert. L’agent lit le partage sur site et envoie les fichiers vers AWS via TLS.',
    },
    'first-run': {
      title: 'Créer la tâche et l’exécuter',
      instructions:
        'Créez la tâche `sales-share` de l’emplacement NFS vers l’emplacement S3 et démarrez-la. Laissez l’horloge tourner jusqu’à la fin de l’exécution (**SUCCESS**), en passant par LAUNCHING, PREPARING, TRANSFERRING et VERIFYING.',
      hints: [
        'Barre supérieure : Aller à l’événement suivant, plusieurs fois, ou Avancer de 10 minutes.',
      ],
      explanation:
        'La première exécution copie tous les fichiers. DataSync vérifie ce qu’il a écrit : une copie corrompue est détectée, pas conservée en silence.',
    },
    incremental: {
      title: 'Le lendemain : uniquement ce qui a changé',
      instructions:
        'Avancez d’**un jour** (un nouvel export arrive, certains fichiers sont réécrits), redémarrez la tâche et laissez-la se terminer. Ouvrez l’exécution : **Files transferred** (fichiers transférés) ne compte que les fichiers nouveaux ou modifiés.',
      hints: [
        'TransferMode CHANGED compare la taille et la date de modification avec ce qui est déjà dans S3.',
      ],
      explanation:
        'Les transferts incrémentiels gardent un partage et la zone brute synchronisés à peu de frais : vous payez par Go copié, et seules les modifications sont copiées.',
    },
  },
};
