/** Module 3 self-check: Lake Formation's three stages and its permission model. */
export const MODULE_3_QUIZ = {
  module: 3,
  title: 'AWS Lake Formation: self-check',
  questions: [
    {
      id: 'iam-only-defaults',
      kind: 'single',
      prompt:
        'While the Use only IAM access control boxes are ticked, who decides access to new tables?',
      choices: [
        {
          id: 'iam',
          text: 'IAM policies alone: IAMAllowedPrincipals gets ALL on each new database and table',
        },
        { id: 'lf', text: 'Lake Formation grants alone' },
        { id: 'nobody', text: 'Nobody: new tables are locked until an administrator grants' },
      ],
      correct: ['iam'],
      explanation:
        'The boxes grant ALL to the IAMAllowedPrincipals group on new resources, so Lake Formation defers to IAM. Clearing them puts new databases and tables under Lake Formation grants.',
      teachesIn: { lesson: 'lf-three-stages', step: 'admin-and-defaults' },
    },
    {
      id: 'stages-order',
      kind: 'single',
      prompt: 'In which order do you build a lake with Lake Formation?',
      choices: [
        {
          id: 'register-create-grant',
          text: 'Register the S3 location, create the catalog, grant',
        },
        {
          id: 'grant-register-create',
          text: 'Grant, register the S3 location, create the catalog',
        },
        { id: 'create-grant-register', text: 'Create the catalog, grant, then register nothing' },
      ],
      correct: ['register-create-grant'],
      explanation:
        'Stage 1 registers where the data lives, stage 2 describes it in the Data Catalog, stage 3 grants principals access to the catalog resources.',
      teachesIn: { lesson: 'lf-three-stages', step: 'register-location' },
    },
    {
      id: 'why-register',
      kind: 'single',
      prompt: 'What does registering an S3 location with Lake Formation change for Athena users?',
      choices: [
        {
          id: 'vended',
          text: 'Lake Formation checks their grants and vends temporary credentials to read the data',
        },
        { id: 'public', text: 'The bucket becomes readable by every IAM user' },
        { id: 'copy', text: 'Lake Formation copies the data into its own storage' },
      ],
      correct: ['vended'],
      explanation:
        'For a registered location, engines read with credentials Lake Formation vends after checking the grants, so users need no broad S3 permissions on the data.',
      teachesIn: { lesson: 'lf-three-stages', step: 'register-location' },
    },
    {
      id: 'new-table-visibility',
      kind: 'single',
      prompt:
        'The defaults are cleared and you create table hr.employees. Who can query it before any grant?',
      choices: [
        { id: 'creator', text: 'Only you, its creator (and data lake administrator)' },
        { id: 'all-iam', text: 'Every IAM user whose policy allows athena:* and s3:*' },
      ],
      correct: ['creator'],
      explanation:
        'With no IAMAllowedPrincipals grant on the new table, IAM permissions alone are not enough: only the creator holds permissions until you grant them.',
      teachesIn: { lesson: 'lf-three-stages', step: 'create-table' },
    },
    {
      id: 'column-grant',
      kind: 'multiple',
      prompt:
        'You grant analyst SELECT on hr.employees with Exclude columns: salary. What follows? (Choose all that apply.)',
      choices: [
        { id: 'star', text: 'SELECT * returns every column except salary' },
        { id: 'select-only', text: 'A column-level grant can only give SELECT' },
        { id: 'by-name', text: 'Naming salary in the SELECT list still returns it' },
      ],
      correct: ['star', 'select-only'],
      explanation:
        'Exclude columns means "all columns but these": SELECT * leaves salary out, and a query naming salary fails because the column cannot be resolved. Column grants carry SELECT only.',
      teachesIn: { lesson: 'lf-three-stages', step: 'column-grant' },
    },
  ],
};
