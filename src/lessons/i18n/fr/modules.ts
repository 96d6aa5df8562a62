import type { ModuleTranslation } from '../types';

/** The course modules in French (AWS service names stay in English, as AWS's French pages do). */
export const FR_MODULES: Record<number, ModuleTranslation> = {
  1: { title: 'Introduction aux lacs de données', comingWith: 'la visite du lab' },
  2: {
    title: 'Ingestion, catalogage et préparation des données',
    comingWith: 'Amazon S3 et AWS Glue',
  },
  3: { title: 'AWS Lake Formation', comingWith: 'la console AWS Lake Formation' },
  4: {
    title: 'Traitement des données',
    comingWith: 'les tâches ETL et les flux de travail AWS Glue',
  },
  5: {
    title: 'Configurations supplémentaires de Lake Formation',
    comingWith: 'le contrôle d’accès par balises LF de Lake Formation',
  },
  6: {
    title: 'Architecture de données moderne',
    comingWith: 'Amazon QuickSight et le partage entre comptes',
  },
};
