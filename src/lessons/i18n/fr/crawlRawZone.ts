import type { LessonTranslation } from '../types';

/** French text of the lesson "Crawl the raw zone" (module 2). */
export const crawlRawZoneFr: LessonTranslation = {
  title: 'Explorer la zone brute',
  summary:
    'Pointez un robot d’exploration AWS Glue sur la zone brute et laissez-le écrire des tables, avec leurs schémas, dans le catalogue de données.',
  objectives: [
    'Créer une base de données Glue et un rôle IAM utilisable par un robot d’exploration',
    'Créer et exécuter un robot d’exploration sur un chemin S3',
    'Lire ce que le robot d’exploration a déduit : classification, en-tête et types de colonnes',
  ],
  steps: {
    'create-database': {
      title: 'Créer une base de données',
      instructions:
        'Dans le **Catalogue de données** (AWS Glue), choisissez **Add database** et nommez la base `shop`.',
      hints: [
        'Une base de données Glue n’est qu’un dossier de définitions de tables ; elle ne contient aucune donnée.',
        '`aws glue create-database --database-input Name=shop`',
      ],
      explanation:
        'Le catalogue de données stocke des métadonnées — noms de tables, colonnes, types et emplacement des fichiers — regroupées en bases de données. Pourquoi c’est important : Athena, Glue ETL, EMR et Lake Formation lisent tous ce même catalogue ; une table définie une fois peut être interrogée partout.',
    },
    'create-role': {
      title: 'Donner un rôle au robot d’exploration',
      instructions:
        'Un robot d’exploration agit en tant que rôle IAM. Créez `AWSGlueServiceRole-shop-raw-crawler` : un rôle que **glue.amazonaws.com** peut assumer, avec la politique gérée par AWS **AWSGlueServiceRole** et une politique en ligne `read-crawler-paths` qui autorise `s3:GetObject` et `s3:ListBucket` sur `shop-raw-zone`. Dans l’assistant **Create crawler**, **Create a role for me** fait les trois.',
      hints: [
        'La politique d’approbation nomme le service : `"Principal": { "Service": "glue.amazonaws.com" }`.',
        'AWSGlueServiceRole permet au robot d’exploration d’écrire dans le catalogue de données et dans CloudWatch Logs, mais il ne lit que les objets nommés `aws-glue-*` — votre compartiment a besoin de sa propre autorisation de lecture.',
        '`aws iam create-role --role-name AWSGlueServiceRole-shop-raw-crawler …`, puis `attach-role-policy` et `put-role-policy`.',
      ],
      explanation:
        'La politique d’approbation dit qui peut utiliser le rôle (le service Glue) ; les politiques d’autorisation disent ce que le rôle peut faire. Pourquoi c’est important : un robot d’exploration sans s3:GetObject sur vos données échoue avec une erreur d’accès, et un rôle qui a plus que nécessaire est un risque — accordez exactement les compartiments qu’il explore.',
    },
    'create-crawler': {
      title: 'Créer un robot d’exploration',
      instructions:
        'Dans **AWS Glue → Robots d’exploration**, choisissez **Create crawler**. Nommez-le `shop-raw-crawler`, ajoutez la source de données `s3://shop-raw-zone/shop/`, choisissez le rôle `AWSGlueServiceRole-shop-raw-crawler` et la base de données cible `shop`, et gardez la planification **On demand**.',
      hints: [
        'Le chemin S3 est un dossier : le robot d’exploration lit chaque objet qu’il contient.',
        '`aws glue create-crawler --name shop-raw-crawler --role AWSGlueServiceRole-shop-raw-crawler --database-name shop --targets \'{"S3Targets":[{"Path":"s3://shop-raw-zone/shop/"}]}\'`',
      ],
      explanation:
        'Un robot d’exploration est une définition enregistrée : quoi lire (les cibles), en tant que qui (le rôle), où écrire (la base de données) et comment réagir aux changements (la politique de modification du schéma). Le créer ne lit encore rien. Pourquoi c’est important : le même robot peut s’exécuter à nouveau selon une planification, à mesure que de nouvelles données arrivent.',
    },
    'run-crawler': {
      title: 'Exécuter le robot d’exploration et lire ses tables',
      instructions:
        'Sélectionnez `shop-raw-crawler` et choisissez **Run crawler**. Son état passe de RUNNING à STOPPING puis READY ; une exploration prend du temps simulé, alors laissez tourner l’horloge (**Lecture**, ou **Aller à l’événement suivant**) jusqu’à ce que la dernière exécution indique SUCCEEDED.\n\nRegardez ensuite ce qu’il a écrit : une table par dossier sous `shop/` — `customers`, `products`, `orders` et `order_items`. Dans le **Catalogue de données**, ouvrez la base `shop` et sa table `orders` : dans **Properties**, la classification est `csv` et `skip.header.line.count` vaut 1 ; dans **Schema**, chaque colonne a un nom tiré de l’en-tête et un type déduit. Sur la page du robot d’exploration, **Why this schema?** montre comment les classifieurs ont décidé.',
      hints: [
        'Ici, une exploration prend environ une minute de temps simulé ; l’horloge de la barre supérieure la fait avancer.',
        '`aws glue start-crawler --name shop-raw-crawler`, avancez l’horloge de quelques minutes, puis `aws glue get-tables --database-name shop`.',
      ],
      goalTitle: 'La table orders qu’écrit le robot d’exploration',
      explanation:
        'Le robot d’exploration a listé les objets, échantillonné chaque fichier et demandé à ses classifieurs quel en était le format. Le classifieur CSV intégré a vu une première ligne de chaînes au-dessus de lignes de nombres ; il l’a prise pour l’en-tête (les noms de colonnes, ignorés à la lecture) et a typé chaque colonne : `order_id` en bigint, `total` en double, les dates en string. Le fichier Parquet n’a demandé aucune déduction : son schéma est dans le fichier. Pourquoi c’est important : la zone brute peut maintenant être interrogée sans que personne n’écrive de CREATE TABLE — mais ce sont des déductions, alors vérifiez-les avant que quelqu’un ne bâtisse un rapport sur une colonne mal typée.',
    },
  },
};
