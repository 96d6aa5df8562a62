import type { LessonTranslation } from '../types';

/** French text of the lesson "Tour of the lab" (module 1). */
export const labTourFr: LessonTranslation = {
  title: 'Visite du lab',
  summary:
    'Créez votre premier compartiment, déposez-y un fichier, utilisez le terminal, avancez l’horloge et lisez la facture.',
  objectives: [
    'Créer un compartiment Amazon S3 et y charger un objet',
    'Utiliser l’AWS CLI dans le terminal',
    'Faire avancer le temps simulé et lire le compteur de coûts',
  ],
  steps: {
    'create-bucket': {
      title: 'Créer votre premier compartiment',
      instructions:
        'Un lac de données range ses fichiers dans **Amazon S3**. Ouvrez **Amazon S3** dans la navigation, choisissez **Create bucket** et nommez le compartiment `my-first-lake-bucket`.',
      hints: [
        'La console S3 liste vos compartiments ; le bouton **Create bucket** se trouve en haut à droite de la liste.',
        'Un nom de compartiment se compose de minuscules, de chiffres, de points et de tirets : tapez exactement `my-first-lake-bucket`.',
      ],
      explanation:
        'Le compartiment est le conteneur de plus haut niveau de S3. Son nom est unique parmi tous les comptes AWS : c’est pourquoi les vrais lacs utilisent des noms préfixés par l’entreprise ou le projet. Pourquoi c’est important : chaque zone d’un lac de données (brute, traitée, organisée) vit dans des compartiments comme celui-ci.',
    },
    'upload-object': {
      title: 'Charger un objet',
      instructions:
        'Ouvrez `my-first-lake-bucket` et chargez un petit fichier depuis votre ordinateur (un fichier texte ou CSV est parfait). Vous pouvez aussi le glisser sur la page.',
      hints: [
        'Choisissez le nom du compartiment dans la liste pour l’ouvrir.',
        'Le bouton **Upload** ouvre le sélecteur de fichiers ; déposer un fichier sur la page fonctionne aussi.',
      ],
      explanation:
        'S3 stocke des objets : des octets et leurs métadonnées (taille, type de contenu, ETag, classe de stockage) sous une clé. Il n’y a pas de vrais dossiers, seulement des clés. Pourquoi c’est important : tout ce que contient le lac, du CSV brut aux tables Parquet, est un objet.',
    },
    'use-terminal': {
      title: 'Utiliser le terminal',
      instructions:
        'Ouvrez le **terminal** en bas de la page. Listez vos compartiments avec `aws s3 ls`, puis le contenu du compartiment avec `aws s3 ls s3://my-first-lake-bucket/`.\n\nÉcrivez maintenant un objet depuis le terminal sous le préfixe `copies/`, par exemple :\n\n`aws s3 cp s3://my-first-lake-bucket/hello.txt s3://my-first-lake-bucket/copies/hello.txt` (avec le nom du fichier que vous avez chargé).',
      hints: [
        'Sans argument, `aws s3 ls` liste les compartiments ; avec un chemin `s3://bucket/`, il liste les objets et les préfixes.',
        '`aws s3 cp SOURCE DESTINATION` copie un objet ; la source comme la destination peuvent être des chemins `s3://`.',
      ],
      explanation:
        'La console et la CLI appellent la même API S3 : ce que vous faites dans l’une apparaît dans l’autre. Pourquoi c’est important : les pipelines s’écrivent avec la CLI et les SDK, ils ne se cliquent pas ; connaître les deux côtés est payant.',
    },
    'jump-clock': {
      title: 'Faire avancer l’horloge',
      instructions:
        'Dans le lab, le temps est simulé. Dans la barre supérieure, choisissez **Avancer** → **Durée personnalisée…** et avancez de `30d` (trente jours).',
      hints: [
        'Les commandes de l’horloge sont dans la barre supérieure, à côté de l’heure simulée.',
        'Tapez `30d` dans le champ **Duration**, puis choisissez **Jump**.',
      ],
      explanation:
        'Les tâches, les règles de cycle de vie et les frais de stockage suivent tous l’horloge simulée. Pourquoi c’est important : bien des comportements d’un lac de données (transitions après 30 jours, explorations quotidiennes, factures mensuelles) n’apparaissent qu’avec le temps.',
    },
    'cost-meter': {
      title: 'Lire le compteur de coûts et faire le ménage',
      instructions:
        'Ouvrez le **compteur de coûts** dans la barre supérieure : le stockage est facturé au Go-mois, les requêtes par millier. Cessez ensuite de payer pour la copie : supprimez `copies/hello.txt` (dans la console, ou avec `aws s3 rm`).',
      hints: [
        'Sélectionnez l’objet dans le compartiment, puis choisissez **Delete**.',
        'Dans le terminal : `aws s3 rm s3://my-first-lake-bucket/copies/hello.txt`.',
      ],
      explanation:
        'S3 facture le stockage tant que les objets existent, plus chaque requête. C’est minime ici, mais un lac contient des téraoctets. Pourquoi c’est important : supprimer ou déplacer les données dont vous n’avez plus besoin est le premier levier sur la facture d’un lac de données.',
    },
  },
};
