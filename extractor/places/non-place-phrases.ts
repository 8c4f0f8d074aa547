/**
 * Names of organisations, outlets, programmes, events and fleets that contain a
 * place name but do not mention that place ("Shanghai Cooperation Organisation"
 * is not Shanghai). They are matched with the gazetteer in the same pass, so
 * the longer phrase wins and hides the place inside it.
 */
export const NON_PLACE_PHRASES: readonly string[] = [
  // Groupings and treaties
  'Shanghai Cooperation Organisation',
  'Shanghai Cooperation Organization',
  'Shanghai Five',
  'Shanghai Spirit',
  'Moscow Format',
  'Warsaw Pact',
  'Geneva Convention',
  'Geneva Conventions',
  'Vienna Convention',
  'Communist Party of China',
  // Programmes, shows and events
  'Make in India',
  'Aero India',
  'Beijing Olympics',
  'Beijing Winter Olympics',
  'Kiev Rus',
  'Kyiv Rus',
  // Companies and institutions
  'Air India',
  'Air China',
  'Bank of China',
  'Bank of America',
  'Reserve Bank of India',
  'State Bank of India',
  'Election Commission of India',
  'Delhi Police',
  'Mumbai Police',
  // News outlets
  'Times of India',
  'Press Trust of India',
  'All India Radio',
  'India Today',
  'India TV',
  'China Daily',
  'China Central Television',
  'South China Morning Post',
  'Russia Today',
  'Moscow Times',
  'Kyiv Independent',
  'Kyiv Post',
  'Kiev Post',
  'Washington Post',
  'Washington Times',
  'New York Times',
  'Jerusalem Post',
  'Tehran Times',
  'Japan Times',
  'Korea Herald',
  'Korea Times',
  'Bangkok Post',
  'Pakistan Today',
  'Voice of America',
  'Radio Free Europe',
  // Fleets and commands named after their waters
  'Pacific Fleet',
  'Black Sea Fleet',
  'Baltic Fleet',
  'Caspian Flotilla',
  'Pacific Command',
  'Indo-Pacific Command',
];
