/** Module 6 self-check: data movement and unified governance in a modern data architecture. */
export const MODULE_6_QUIZ = {
  module: 6,
  title: 'Modern data architecture: self-check',
  questions: [
    {
      id: 'outside-in',
      kind: 'single',
      prompt:
        'AWS DMS copies the shop’s MySQL tables into the raw zone. Which data movement is that?',
      choices: [
        { id: 'outside-in', text: 'Outside-in: from a purpose-built store into the lake' },
        { id: 'inside-out', text: 'Inside-out: from the lake to a purpose-built store' },
        { id: 'perimeter', text: 'Around the perimeter: between purpose-built stores' },
      ],
      correct: ['outside-in'],
      explanation:
        'Data born in an operational database moves into the lake, where it can be joined with the data of every other system.',
      teachesIn: { lesson: 'data-movement', step: 'outside-in' },
    },
    {
      id: 'inside-out',
      kind: 'single',
      prompt:
        'A CTAS writes revenue by country to a bucket a data warehouse loads from. Which data movement is that?',
      choices: [
        { id: 'inside-out', text: 'Inside-out' },
        { id: 'outside-in', text: 'Outside-in' },
      ],
      correct: ['inside-out'],
      explanation:
        'A curated subset leaves the lake for a purpose-built analytics service (for example Amazon Redshift loading it with COPY).',
      teachesIn: { lesson: 'data-movement', step: 'inside-out' },
    },
    {
      id: 'federated-tradeoff',
      kind: 'multiple',
      prompt:
        'What is true of querying the shop database through the Athena MySQL connector? (Choose all that apply.)',
      choices: [
        { id: 'no-copy', text: 'Nothing is copied: the query reads the live rows' },
        { id: 'load', text: 'Every query loads the source database' },
        { id: 'faster', text: 'It is always faster than reading the same data in S3' },
      ],
      correct: ['no-copy', 'load'],
      explanation:
        'Federated queries reach data where it lives, with no pipeline to keep in sync, but each one runs against the source: land data in the lake once you query it often.',
      teachesIn: { lesson: 'data-movement', step: 'query-in-place' },
    },
    {
      id: 'unified-governance',
      kind: 'single',
      prompt: 'Why grant access in Lake Formation rather than with one bucket policy per tool?',
      choices: [
        {
          id: 'one-place',
          text: 'Every integrated engine (Athena, EMR, Glue, Redshift Spectrum) enforces the same grant',
        },
        { id: 'faster', text: 'Queries run faster with Lake Formation grants' },
        { id: 'cheaper', text: 'Lake Formation makes S3 storage cheaper' },
      ],
      correct: ['one-place'],
      explanation:
        'Unified governance: one grant in one place says who may read what, for every engine that integrates with Lake Formation.',
      teachesIn: { lesson: 'data-movement', step: 'one-grant' },
    },
    {
      id: 'analyst-s3',
      kind: 'single',
      prompt:
        'The analyst reads shop.orders (registered with Lake Formation) in Athena. Which S3 permission on the raw zone does their IAM policy need?',
      choices: [
        {
          id: 'none',
          text: 'None: Lake Formation vends temporary credentials (the policy needs lakeformation:GetDataAccess)',
        },
        { id: 'get', text: 's3:GetObject on the raw zone' },
        { id: 'all', text: 's3:* on the raw zone' },
      ],
      correct: ['none'],
      explanation:
        'For a registered location Athena reads with credentials Lake Formation vends after checking the grant; without a grant (as for customers) the query is refused.',
      teachesIn: { lesson: 'data-movement', step: 'analyst-query' },
    },
    {
      id: 'data-mesh',
      kind: 'single',
      prompt: 'In a data mesh, who grants access to a domain’s tables?',
      choices: [
        { id: 'domain', text: 'The domain that owns the data, with Lake Formation grants' },
        { id: 'central', text: 'A central team, on a ticket for each request' },
        { id: 'copy', text: 'Nobody: each consumer copies the tables it needs' },
      ],
      correct: ['domain'],
      explanation:
        'Each domain owns its data as a product: the central team delegates with the grant option, and the domain’s owner grants (and revokes) access. Across accounts the same grants share tables with consumers — cross-account sharing is not simulated in LakeLab yet.',
      teachesIn: { lesson: 'data-mesh-domains', step: 'publish-product' },
    },
  ],
};
