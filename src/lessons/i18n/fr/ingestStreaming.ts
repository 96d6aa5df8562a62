import type { LessonTranslation } from '../types';

/** The same names as the English lesson (its code spans must match). */
const BUCKET = 'shop-raw-zone';
const STREAM = 'clickstream-to-raw';
const ROLE = 'FirehoseDeliveryRole';
const PREFIX = 'clickstream/firehose/';

/** French: Module 2, streaming clicks with Firehose. */
export const ingestStreamingFr: LessonTranslation = {
  title: 'Diffuser les clics avec Firehose',
  summary:
    'Envoyez un flux de clics dans Amazon Data Firehose et voyez comment les indicateurs de mise en mémoire tampon décident du nombre d’objets déposés, et de leur taille.',
  objectives: [
    'Créer un flux de diffusion Direct PUT vers la zone brute',
    'Lire le préfixe YYYY/MM/dd/HH/ et les noms d’objets qu’écrit Firehose',
    'Échanger de la latence contre des objets moins nombreux et plus gros grâce aux indicateurs de mise en mémoire tampon',
  ],
  steps: {
    'create-stream': {
      title: 'Créer le flux de diffusion',
      instructions: `Créez un flux Firehose Direct PUT \`${STREAM}\` qui livre vers \`s3://${BUCKET}/${PREFIX}\` avec le rôle \`${ROLE}\`, une compression GZIP et des indicateurs de mise en mémoire tampon de **1 Mio ou 60 secondes**. Utilisez le canevas du lac (Streaming → Firehose) ou le terminal.`,
      hints: [
        'Le rôle doit faire confiance à firehose.amazonaws.com et pouvoir déposer des objets dans le compartiment : la mise en place l’a créé.',
        `\`aws firehose create-delivery-stream --delivery-stream-name ${STREAM} --extended-s3-destination-configuration …\``,
      ],
      goalTitle: 'Le flux de diffusion clickstream-to-raw',
      explanation:
        'Firehose est entièrement géré : aucune partition (shard) à dimensionner. Il met en mémoire tampon les enregistrements reçus et écrit un objet chaque fois que la mémoire tampon atteint la taille **ou** l’intervalle, selon ce qui arrive en premier.',
    },
    produce: {
      title: 'Démarrer le flux de clics',
      instructions: `Démarrez l’application de flux de clics de la boutique pour qu’elle envoie **5 événements par seconde** à \`${STREAM}\` (canevas du lac : le panneau de la source clickstream).`,
      hints: [
        'Dans le terminal : `aws sources configure-clickstream` n’existe que dans LakeLab ; le canevas est plus simple.',
      ],
      explanation:
        'L’application appelle PutRecordBatch chaque seconde, comme un back-end web qui utilise le SDK AWS.',
    },
    land: {
      title: 'Laisser passer dix minutes',
      instructions: `Avancez l’horloge de **10 minutes**, puis ouvrez \`s3://${BUCKET}/${PREFIX}\` : les objets se trouvent sous \`YYYY/MM/dd/HH/\` (UTC) et s’appellent \`${STREAM}-1-YYYY-MM-dd-HH-mm-ss-…gz\`.`,
      hints: ['Barre supérieure : Avancer → 10 minutes.'],
      explanation:
        'À 5 petits événements par seconde, la taille de 1 Mio n’est jamais atteinte : c’est donc l’**intervalle de 60 secondes** qui a décidé, soit environ un objet par minute. Beaucoup de petits objets ralentissent les requêtes et coûtent plus cher en requêtes S3.',
    },
    'bigger-buffer': {
      title: 'Mettre en mémoire tampon cinq minutes',
      instructions:
        'Mettez à jour la destination : intervalle de mise en mémoire tampon de **300 secondes**, taille de 5 Mio. Chaque modification incrémente la version du flux (le `-2-` dans les noms des nouveaux objets).',
      hints: [
        '`aws firehose update-destination` demande l’identifiant de version actuel (1) et l’identifiant de destination (destinationId-000000000001).',
      ],
      goalTitle: 'Le flux de diffusion avec cinq minutes de mise en mémoire tampon',
      explanation:
        'Désormais, un objet arrive toutes les cinq minutes, cinq fois plus gros : moins d’objets, plus de latence. Choisissez l’intervalle selon la fraîcheur exigée des données ; Athena préfère des fichiers moins nombreux et plus gros.',
    },
  },
};
