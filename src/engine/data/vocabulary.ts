export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Elif',
  'Farah',
  'Gustavo',
  'Hana',
  'Ivan',
  'Jonas',
  'Keiko',
  'Liam',
  'Maya',
  'Nikhil',
  'Olga',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sami',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
export const LAST_NAMES = [
  'Almeida',
  'Brown',
  'Chen',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'López',
  'Müller',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Van Dijk',
  'Wójcik',
  'Yilmaz',
  'Zhang',
];

/** City and country pairs (ISO country codes), so a customer's city is in their country. */
export const PLACES: readonly { city: string; country: string }[] = [
  { city: 'Seattle', country: 'US' },
  { city: 'New York', country: 'US' },
  { city: 'Austin', country: 'US' },
  { city: 'Toronto', country: 'CA' },
  { city: 'London', country: 'GB' },
  { city: 'Manchester', country: 'GB' },
  { city: 'Paris', country: 'FR' },
  { city: 'Lyon', country: 'FR' },
  { city: 'Berlin', country: 'DE' },
  { city: 'Munich', country: 'DE' },
  { city: 'Madrid', country: 'ES' },
  { city: 'Lisbon', country: 'PT' },
  { city: 'Tokyo', country: 'JP' },
  { city: 'Osaka', country: 'JP' },
  { city: 'Sydney', country: 'AU' },
  { city: 'São Paulo', country: 'BR' },
  { city: 'Mumbai', country: 'IN' },
  { city: 'Singapore', country: 'SG' },
];

export const CATEGORIES: readonly {
  name: string;
  items: readonly string[];
  minPrice: number;
  maxPrice: number;
}[] = [
  {
    name: 'Books',
    items: ['Novel', 'Cookbook', 'Atlas', 'Field Guide', 'Poetry Collection'],
    minPrice: 8,
    maxPrice: 45,
  },
  {
    name: 'Electronics',
    items: ['Headphones', 'Keyboard', 'Webcam', 'Power Bank', 'Smart Speaker'],
    minPrice: 19,
    maxPrice: 399,
  },
  {
    name: 'Home',
    items: ['Lamp', 'Throw Blanket', 'Coffee Mug', 'Plant Pot', 'Wall Clock'],
    minPrice: 6,
    maxPrice: 120,
  },
  {
    name: 'Sports',
    items: ['Yoga Mat', 'Water Bottle', 'Running Cap', 'Jump Rope', 'Tennis Balls'],
    minPrice: 5,
    maxPrice: 90,
  },
  {
    name: 'Toys',
    items: ['Puzzle', 'Kite', 'Building Blocks', 'Board Game', 'Plush Fox'],
    minPrice: 7,
    maxPrice: 70,
  },
];
export const ADJECTIVES = [
  'Classic',
  'Compact',
  'Deluxe',
  'Eco',
  'Everyday',
  'Pro',
  'Travel',
  'Vintage',
];

/** Order statuses with weights (most orders arrive). */
export const ORDER_STATUSES: readonly { value: string; weight: number }[] = [
  { value: 'delivered', weight: 70 },
  { value: 'shipped', weight: 12 },
  { value: 'pending', weight: 8 },
  { value: 'cancelled', weight: 6 },
  { value: 'returned', weight: 4 },
];

export const DEVICES: readonly { value: string; weight: number }[] = [
  { value: 'mobile', weight: 55 },
  { value: 'desktop', weight: 38 },
  { value: 'tablet', weight: 7 },
];
