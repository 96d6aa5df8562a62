import type { QuizTranslation } from '../translation';

/** French: Module 2 self-check (storage, formats, securing storage and Athena). */
export const MODULE_2_QUIZ_FR: QuizTranslation = {
  title: 'Ingestion, catalogage et préparation : auto-évaluation',
  questions: {
    'lifecycle-ia': {
      prompt:
        'Des fichiers bruts sont lus souvent pendant un mois, puis rarement. Qu’est-ce qui les garde bon marché sans les supprimer ?',
      choices: {
        lifecycle: 'Une règle de cycle de vie qui les fait passer en Standard-IA après 30 jours',
        delete: 'Les supprimer après 30 jours',
        public: 'Rendre le compartiment public',
      },
      explanation:
        'S3 applique les transitions de cycle de vie chaque jour ; Standard-IA coûte moins cher par Go-mois, mais facture la récupération et une durée minimale de 30 jours.',
    },
    columnar: {
      prompt:
        'Pourquoi Parquet est-il en général meilleur que CSV pour l’analytique ? (Plusieurs réponses possibles.)',
      choices: {
        columns: 'Une requête ne lit que les colonnes dont elle a besoin',
        compressed: 'Les colonnes se compressent bien : on stocke et on analyse moins de données',
        editable: 'Il est plus facile à modifier dans un éditeur de texte',
      },
      explanation:
        'Parquet est un format en colonnes et compressé : Athena analyse moins d’octets, et vous payez à l’octet analysé.',
    },
    'sse-kms': {
      prompt:
        'Quel paramètre chiffre chaque nouvel objet d’un compartiment avec une clé que vous contrôlez dans AWS KMS ?',
      choices: {
        'default-encryption': 'Le chiffrement par défaut avec SSE-KMS',
        versioning: 'La gestion des versions',
        lifecycle: 'Une règle de cycle de vie',
      },
      explanation:
        'Le chiffrement par défaut du compartiment applique SSE-KMS aux objets écrits sans leur propre en-tête de chiffrement.',
    },
    'least-privilege': {
      prompt:
        'Un analyste doté d’une politique en lecture seule essaie de charger un objet. Que se passe-t-il ?',
      choices: {
        denied: 'AccessDenied : rien n’autorise s3:PutObject',
        allowed: 'Cela fonctionne, car le compartiment est privé',
      },
      explanation:
        'IAM refuse par défaut : une action n’est autorisée que si une politique l’autorise et qu’aucune ne la refuse.',
    },
    pruning: {
      prompt:
        'Quelle clause WHERE permet à Athena d’ignorer des fichiers d’une table partitionnée par année et par mois ?',
      choices: {
        'partition-key': "WHERE month = '02'",
        'data-column': "WHERE order_date >= DATE '2025-02-01'",
      },
      explanation:
        'Seules les clés de partition élaguent : Athena lit la liste des partitions dans le catalogue et n’ouvre jamais les autres mois. Une colonne de données doit être lue dans chaque fichier.',
    },
  },
};
