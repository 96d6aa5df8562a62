import type { LessonTranslation } from '../types';

/** French text of the lesson "Securing storage" (module 2). */
export const securingStorageFr: LessonTranslation = {
  title: 'Sécuriser le stockage',
  summary:
    'Chiffrez la zone brute avec KMS, bloquez l’accès public et donnez à un analyste un accès en lecture seule.',
  objectives: [
    'Définir le chiffrement par défaut sur SSE-KMS',
    'Activer le blocage de l’accès public S3 (S3 Block Public Access)',
    'Accorder un accès en lecture seule avec une politique gérée IAM et voir une écriture refusée',
  ],
  steps: {
    'sse-kms': {
      title: 'Chiffrement par défaut avec KMS',
      instructions:
        'Ouvrez `secure-raw-zone`, onglet **Properties**, et modifiez **Default encryption** : choisissez **SSE-KMS** (chiffrement côté serveur avec des clés AWS KMS).',
      hints: [
        'Chaque compartiment chiffre déjà avec SSE-S3 ; vous le faites passer à SSE-KMS.',
        'Gardez la clé gérée par AWS `aws/s3` et laissez la clé de compartiment activée.',
      ],
      explanation:
        'Avec SSE-KMS, lire un objet demande aussi une autorisation sur la clé KMS, et chaque utilisation de la clé est journalisée. Les nouveaux objets sont chiffrés avec elle ; les objets existants gardent leur chiffrement jusqu’à leur réécriture. Pourquoi c’est important : une zone brute contient souvent des données personnelles, et KMS ajoute un second verrou que vous contrôlez.',
    },
    'block-public-access': {
      title: 'Bloquer l’accès public',
      instructions:
        'Les nouveaux compartiments bloquent l’accès public par défaut, mais quelqu’un l’a désactivé sur `secure-raw-zone`. Dans son onglet **Permissions**, modifiez **Block public access** et activez les quatre paramètres.',
      hints: [
        'Les quatre paramètres couvrent les ACL (nouvelles et existantes) et les politiques de compartiment (nouvelles et existantes).',
        '`aws s3api put-public-access-block` les définit depuis le terminal.',
      ],
      explanation:
        'Le blocage de l’accès public l’emporte sur toute ACL ou politique de compartiment qui rendrait des données publiques. Pourquoi c’est important : un compartiment rendu public par erreur est la fuite classique d’un lac de données ; ces quatre interrupteurs la rendent impossible.',
    },
    'read-only-user': {
      title: 'Un analyste en lecture seule',
      instructions:
        'Dans **IAM**, créez l’utilisateur `analyst` et attachez-lui la politique gérée par AWS **AmazonS3ReadOnlyAccess**.',
      hints: [
        '**Create user**, puis sur la page de l’utilisateur **Add permissions** → **Attach policies**.',
        'Cherchez `S3ReadOnly` dans la liste des politiques.',
      ],
      explanation:
        'AmazonS3ReadOnlyAccess autorise `s3:Get*` et `s3:List*`, et rien d’autre. Pourquoi c’est important : c’est le moindre privilège — les analystes lisent les données organisées, seuls les pipelines écrivent.',
    },
    'denied-write': {
      title: 'Voir une écriture refusée',
      instructions:
        'Agissez en tant que `analyst` (le sélecteur de principal dans la barre supérieure, ou **Act as this principal** sur la page de l’utilisateur) et essayez de charger un fichier dans `secure-raw-zone`. Revenez ensuite à `admin`.',
      hints: [
        'Le chargement doit échouer avec **AccessDenied** : cet échec est le but de cette étape.',
        'Le journal des événements enregistre chaque appel, autorisé ou refusé.',
      ],
      explanation:
        'IAM refuse par défaut : rien dans les politiques de l’analyste n’autorise `s3:PutObject`, donc S3 répond AccessDenied et le journal des événements enregistre l’appel refusé, comme le ferait CloudTrail. Pourquoi c’est important : vérifier que les mauvaises personnes ne peuvent pas écrire compte autant que vérifier que les bonnes peuvent lire.',
    },
  },
};
