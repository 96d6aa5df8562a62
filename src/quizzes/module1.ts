/** Module 1 self-check: the lab tour. */
export const MODULE_1_QUIZ = {
  module: 1,
  title: 'Introduction to data lakes: self-check',
  questions: [
    {
      id: 'bucket-holds',
      kind: 'single',
      prompt: 'In Amazon S3, what holds the objects of a data lake?',
      choices: [
        { id: 'bucket', text: 'A bucket' },
        { id: 'table', text: 'A Data Catalog table' },
        { id: 'volume', text: 'An EBS volume' },
      ],
      correct: ['bucket'],
      explanation: 'Objects live in buckets; a catalog table only describes data stored in S3.',
      teachesIn: { lesson: 'lab-tour', step: 'create-bucket' },
    },
    {
      id: 'object-key',
      kind: 'single',
      prompt: 'What names an object inside its bucket?',
      choices: [
        { id: 'key', text: 'Its key, such as raw/orders/2025-01.csv' },
        { id: 'arn', text: 'Its IAM role' },
        { id: 'region', text: 'Its AWS Region' },
      ],
      correct: ['key'],
      explanation: 'An object is addressed by bucket and key; the "folders" are only key prefixes.',
      teachesIn: { lesson: 'lab-tour', step: 'upload-object' },
    },
    {
      id: 'terminal-same-api',
      kind: 'single',
      prompt:
        'You create a bucket with `aws s3api create-bucket` in the terminal. Where does it appear?',
      choices: [
        { id: 'everywhere', text: 'In the console too: both call the same API' },
        { id: 'terminal-only', text: 'Only in the terminal' },
      ],
      correct: ['everywhere'],
      explanation:
        'The console, the CLI and the SDKs all call the same service API, so they see the same resources.',
      teachesIn: { lesson: 'lab-tour', step: 'use-terminal' },
    },
    {
      id: 'clock-why',
      kind: 'multiple',
      prompt: 'Why does LakeLab have a simulated clock? (Choose all that apply.)',
      choices: [
        { id: 'jobs', text: 'To see long-running work such as crawls finish' },
        { id: 'costs', text: 'To see storage costs accrue over days' },
        { id: 'speed', text: 'To make the browser faster' },
      ],
      correct: ['jobs', 'costs'],
      explanation:
        'Jumping ahead lets you watch what takes hours or days on AWS: jobs, lifecycle rules and monthly charges.',
      teachesIn: { lesson: 'lab-tour', step: 'jump-clock' },
    },
    {
      id: 'cost-meter',
      kind: 'single',
      prompt: 'What does the cost meter in the top bar show?',
      choices: [
        { id: 'estimate', text: 'Estimated month-to-date charges by service, from list prices' },
        { id: 'real-bill', text: 'Your real AWS bill' },
      ],
      correct: ['estimate'],
      explanation: 'It estimates what the same work would cost on AWS; no real money is spent.',
      teachesIn: { lesson: 'lab-tour', step: 'cost-meter' },
    },
  ],
};
