import type { LessonTranslation } from '../types';

/** French text of the lesson "A custom classifier for a log format" (module 2). */
export const customClassifierFr: LessonTranslation = {
  title: 'Un classifieur personnalisé pour un format de journal',
  summary:
    'Explorez des journaux d’application qu’aucun classifieur intégré ne comprend, puis apprenez leur format au robot d’exploration avec un modèle Grok.',
  objectives: [
    'Voir ce que fait un robot d’exploration d’un format qu’il ne sait pas classer',
    'Écrire un classifieur Grok avec des champs nommés et typés',
    'Associer un classifieur personnalisé à un robot d’exploration',
  ],
  steps: {
    'upload-logs': {
      title: 'Déposer des journaux d’application',
      instructions:
        'Le service de paiement de la boutique écrit une ligne par commande, par exemple `2025-01-07T10:15:32Z INFO checkout order=9001 took 132ms`. Chargez quelques lignes de ce type dans `s3://shop-raw-zone/logs/app/2025-01-07.log`.',
      hints: [
        'N’importe quel fichier texte convient ; l’aperçu de la console S3 affiche ses lignes.',
        '`aws s3 cp app.log s3://shop-raw-zone/logs/app/2025-01-07.log`',
      ],
      explanation:
        'Les journaux sont semi-structurés : chaque ligne a la même forme, mais aucun délimiteur ni en-tête ne le dit. Pourquoi c’est important : les journaux comptent parmi les plus gros volumes d’un lac, et ils sont inutilisables en SQL tant que rien ne les découpe en colonnes.',
    },
    'crawl-without-classifier': {
      title: 'Explorer avec les classifieurs intégrés',
      instructions:
        'Créez un robot d’exploration `app-logs-crawler` sur `s3://shop-raw-zone/logs/app/` avec le rôle `AWSGlueServiceRole-shop-raw-crawler` et la base de données `shop`, exécutez-le et laissez-le terminer. L’exécution **réussit** et écrit une table `app` — mais sa classification est `UNKNOWN` et elle n’a aucune colonne. Les résultats de l’exécution listent le fichier de journal sous **Files no classifier recognised**, avec la raison donnée par chaque classifieur intégré.',
      hints: [
        'La mise en place a créé le rôle ; sa politique en ligne lit tout le compartiment, il peut donc lire aussi `logs/`.',
        '`aws glue create-crawler --name app-logs-crawler --role AWSGlueServiceRole-shop-raw-crawler --database-name shop --targets \'{"S3Targets":[{"Path":"s3://shop-raw-zone/logs/app/"}]}\'`, puis `start-crawler`, et avancez l’horloge.',
      ],
      explanation:
        'Les classifieurs intégrés connaissent CSV, JSON, XML, Parquet, Avro, ORC et les journaux courants comme les journaux combinés Apache (classification `combined_apache`) — pas votre propre format. Aucun classifieur n’a renvoyé une certitude supérieure à 0.0 : la classification est donc `UNKNOWN`. Le robot d’exploration catalogue quand même le dossier, mais sans colonnes : Athena ne peut pas interroger une telle table (AWS l’indique : si la classification est UNKNOWN, corrigez le schéma et relancez le robot d’exploration). Pourquoi c’est important : quand une exploration « réussit » mais que la table est UNKNOWN ou n’a pas de colonnes exploitables, le problème vient du format, pas du robot d’exploration.',
    },
    'create-grok-classifier': {
      title: 'Décrire le format avec Grok',
      instructions:
        'Dans **AWS Glue → Classifieurs**, choisissez **Add classifier** : nom `shop-app-log`, type **Grok**, classification `app_log`, et le modèle\n\n`%{TIMESTAMP_ISO8601:timestamp} %{LOGLEVEL:level} %{WORD:component} order=%{INT:order_id:int} took %{INT:duration_ms:int}ms`\n\nChaque `%{PATTERN:name}` devient une colonne ; `:int` lui donne un type.',
      hints: [
        'TIMESTAMP_ISO8601, LOGLEVEL, WORD et INT sont des modèles Grok intégrés ; le texte littéral (`order=`, `took`, `ms`) doit correspondre exactement.',
        "`aws glue create-classifier --grok-classifier 'Name=shop-app-log,Classification=app_log,GrokPattern=…'`",
      ],
      explanation:
        'Un modèle Grok est une expression régulière nommée, construite à partir d’autres plus petites, nommées elles aussi. Le classifieur ne se dit « certain » que lorsque les lignes du fichier correspondent au modèle. Pourquoi c’est important : un seul classifieur transforme chaque fichier de journal de ce format, celui d’aujourd’hui comme celui de l’an prochain, en une table aux colonnes correctes.',
    },
    'crawl-with-classifier': {
      title: 'Explorer de nouveau avec le classifieur',
      instructions:
        'Modifiez `app-logs-crawler` : sous **Custom classifiers**, ajoutez `shop-app-log`. Exécutez-le de nouveau et laissez-le terminer. Le robot d’exploration met à jour la table `app` (la politique de modification du schéma est UPDATE_IN_DATABASE par défaut) : classification `app_log` et colonnes `timestamp`, `level`, `component`, `order_id` (int) et `duration_ms` (int).',
      hints: [
        'Les classifieurs personnalisés passent avant les classifieurs intégrés, dans l’ordre où le robot d’exploration les liste.',
        '`aws glue update-crawler --name app-logs-crawler --classifiers shop-app-log`, puis `start-crawler`.',
      ],
      explanation:
        'Le robot d’exploration essaie d’abord les classifieurs personnalisés ; la première correspondance certaine l’emporte, et sa classification et son modèle Grok sont inscrits dans la table (SerDe `GrokSerDe`). Athena lit la table à travers ce SerDe, en découpant chaque ligne avec le même modèle. Pourquoi c’est important : désormais, `SELECT component, avg(duration_ms) FROM app GROUP BY component` trouve le service lent — à partir des fichiers de journal bruts, sans tâche ETL.',
    },
  },
};
