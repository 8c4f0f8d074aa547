/**
 * People frequently named in defence and geopolitics reporting, 2014-2025.
 * Aliases hold the spellings and titled forms outlets use; a bare surname is
 * an alias only when it is distinctive ("Shoigu"). Common surnames ("Singh",
 * "Khan", "Wang") resolve only to someone already named in the same article.
 * A role is the person's most reported one (dated where it changed).
 */
export interface DirectoryPerson {
  id: string;
  name: string;
  aliases: string[];
  role: string;
  /** ISO 3166 alpha-2, or null for international officials. */
  country: string | null;
  /** The family name used alone in later mentions ("Wei" for Wei Fenghe). */
  surname: string;
}

type Row = [id: string, name: string, role: string, country: string | null, aliases?: string[], surname?: string];

function lastWordOf(name: string): string {
  return name.split(' ').at(-1) ?? name;
}

function toDirectoryPerson([id, name, role, country, aliases = [], surname = lastWordOf(name)]: Row): DirectoryPerson {
  return { id, name, aliases, role, country, surname };
}

const INDIA: Row[] = [
  ['narendra-modi', 'Narendra Modi', 'Prime Minister of India', 'IN', ['Modi', 'PM Modi', 'Narendra Damodardas Modi']],
  ['rajnath-singh', 'Rajnath Singh', 'Defence Minister of India', 'IN', ['Rajnath']],
  ['s-jaishankar', 'S Jaishankar', 'External Affairs Minister of India', 'IN', [
    'S. Jaishankar',
    'Subrahmanyam Jaishankar',
    'Jaishankar',
    'Dr Jaishankar',
    'Dr S Jaishankar',
  ]],
  ['ajit-doval', 'Ajit Doval', 'National Security Adviser of India', 'IN', ['Doval']],
  ['bipin-rawat', 'Bipin Rawat', 'Chief of Defence Staff of India (2020-2021)', 'IN', ['General Bipin Rawat', 'Gen Bipin Rawat']],
  ['anil-chauhan', 'Anil Chauhan', 'Chief of Defence Staff of India', 'IN', ['General Anil Chauhan', 'Gen Anil Chauhan']],
  ['mm-naravane', 'M M Naravane', 'Chief of the Army Staff of India (2019-2022)', 'IN', [
    'M.M. Naravane',
    'MM Naravane',
    'Manoj Mukund Naravane',
    'Naravane',
    'General Naravane',
  ]],
  ['manoj-pande', 'Manoj Pande', 'Chief of the Army Staff of India (2022-2024)', 'IN', ['General Manoj Pande']],
  ['upendra-dwivedi', 'Upendra Dwivedi', 'Chief of the Army Staff of India', 'IN', ['General Upendra Dwivedi']],
  ['rks-bhadauria', 'R K S Bhadauria', 'Chief of the Air Staff of India (2019-2021)', 'IN', [
    'RKS Bhadauria',
    'R.K.S. Bhadauria',
    'Rakesh Kumar Singh Bhadauria',
    'Bhadauria',
  ]],
  ['vr-chaudhari', 'V R Chaudhari', 'Chief of the Air Staff of India (2021-2024)', 'IN', ['VR Chaudhari', 'V.R. Chaudhari', 'Vivek Ram Chaudhari']],
  ['ap-singh', 'A P Singh', 'Chief of the Air Staff of India', 'IN', ['AP Singh', 'A.P. Singh', 'Amar Preet Singh']],
  ['bs-dhanoa', 'B S Dhanoa', 'Chief of the Air Staff of India (2016-2019)', 'IN', ['BS Dhanoa', 'B.S. Dhanoa', 'Birender Singh Dhanoa', 'Dhanoa']],
  ['karambir-singh', 'Karambir Singh', 'Chief of the Naval Staff of India (2019-2021)', 'IN', ['Admiral Karambir Singh']],
  ['r-hari-kumar', 'R Hari Kumar', 'Chief of the Naval Staff of India (2021-2024)', 'IN', ['R. Hari Kumar', 'Hari Kumar']],
  ['dinesh-k-tripathi', 'Dinesh K Tripathi', 'Chief of the Naval Staff of India', 'IN', ['Dinesh Kumar Tripathi', 'Dinesh Tripathi', 'D K Tripathi']],
  ['sunil-lanba', 'Sunil Lanba', 'Chief of the Naval Staff of India (2016-2019)', 'IN', ['Lanba']],
  ['dalbir-singh-suhag', 'Dalbir Singh Suhag', 'Chief of the Army Staff of India (2014-2016)', 'IN', ['Dalbir Singh', 'Suhag']],
  ['nirmala-sitharaman', 'Nirmala Sitharaman', 'Finance Minister of India (Defence Minister 2017-2019)', 'IN', ['Sitharaman']],
  ['manohar-parrikar', 'Manohar Parrikar', 'Defence Minister of India (2014-2017)', 'IN', ['Parrikar']],
  ['arun-jaitley', 'Arun Jaitley', 'Finance Minister of India', 'IN', ['Jaitley']],
  ['sushma-swaraj', 'Sushma Swaraj', 'External Affairs Minister of India (2014-2019)', 'IN'],
  ['amit-shah', 'Amit Shah', 'Home Minister of India', 'IN'],
  ['harsh-vardhan-shringla', 'Harsh Vardhan Shringla', 'Foreign Secretary of India (2020-2022)', 'IN', ['Harsh V Shringla', 'Harsh V. Shringla', 'Shringla']],
  ['vijay-gokhale', 'Vijay Gokhale', 'Foreign Secretary of India (2018-2020)', 'IN', ['Gokhale']],
  ['vinay-kwatra', 'Vinay Kwatra', 'Foreign Secretary of India (2022-2024)', 'IN', ['Kwatra']],
  ['vikram-misri', 'Vikram Misri', 'Foreign Secretary of India', 'IN', ['Misri']],
  ['ajay-kumar', 'Ajay Kumar', 'Defence Secretary of India (2019-2022)', 'IN'],
  ['giridhar-aramane', 'Giridhar Aramane', 'Defence Secretary of India (2022-2024)', 'IN', ['Aramane']],
  ['rajesh-kumar-singh', 'Rajesh Kumar Singh', 'Defence Secretary of India', 'IN'],
  ['ajay-bhatt', 'Ajay Bhatt', 'Minister of State for Defence of India', 'IN'],
  ['sanjay-seth', 'Sanjay Seth', 'Minister of State for Defence of India', 'IN'],
  ['ram-nath-kovind', 'Ram Nath Kovind', 'President of India (2017-2022)', 'IN', ['Kovind']],
  ['droupadi-murmu', 'Droupadi Murmu', 'President of India', 'IN', ['Murmu']],
  ['pranab-mukherjee', 'Pranab Mukherjee', 'President of India (2012-2017)', 'IN'],
  ['manmohan-singh', 'Manmohan Singh', 'Prime Minister of India (2004-2014)', 'IN'],
  ['rahul-gandhi', 'Rahul Gandhi', 'Leader of the Opposition in India', 'IN'],
  ['g-satheesh-reddy', 'G Satheesh Reddy', 'Chairman of DRDO (2018-2022)', 'IN', ['G. Satheesh Reddy', 'Satheesh Reddy']],
  ['samir-v-kamat', 'Samir V Kamat', 'Chairman of DRDO', 'IN', ['Samir V. Kamat', 'Samir Kamat']],
  ['taranjit-singh-sandhu', 'Taranjit Singh Sandhu', 'Ambassador of India to the United States (2020-2024)', 'IN', ['Taranjit Sandhu']],
  ['d-b-venkatesh-varma', 'D B Venkatesh Varma', 'Ambassador of India to Russia (2018-2021)', 'IN', ['D.B. Venkatesh Varma', 'DB Venkatesh Varma', 'Venkatesh Varma']],
  ['pavan-kapoor', 'Pavan Kapoor', 'Ambassador of India to Russia (2021-2024)', 'IN'],
  ['vinay-kumar', 'Vinay Kumar', 'Ambassador of India to Russia', 'IN'],
  ['pgk-menon', 'P G K Menon', 'Commander of the Indian Army 14 Corps (2020-2021)', 'IN', ['PGK Menon', 'P.G.K. Menon']],
  ['harinder-singh', 'Harinder Singh', 'Commander of the Indian Army 14 Corps (2019-2020)', 'IN'],
  ['yk-joshi', 'Y K Joshi', 'General Officer Commanding-in-Chief, Northern Command of India (2020-2022)', 'IN', ['YK Joshi', 'Y.K. Joshi']],
];

const RUSSIA: Row[] = [
  ['vladimir-putin', 'Vladimir Putin', 'President of Russia', 'RU', ['Putin', 'Vladimir Vladimirovich Putin']],
  ['sergei-shoigu', 'Sergei Shoigu', 'Defence Minister of Russia (2012-2024)', 'RU', [
    'Sergey Shoigu',
    'Sergei Kuzhugetovich Shoigu',
    'General Shoigu',
    'Gen Shoigu',
    'Gen. Shoigu',
    'General Sergei Shoigu',
    'General Sergey Shoigu',
    'Shoigu',
  ]],
  ['sergey-lavrov', 'Sergey Lavrov', 'Foreign Minister of Russia', 'RU', ['Sergei Lavrov', 'Lavrov']],
  ['yury-borisov', 'Yury Borisov', 'Deputy Prime Minister of Russia (2018-2022)', 'RU', ['Yuri Borisov', 'Yuriy Borisov']],
  ['dmitry-medvedev', 'Dmitry Medvedev', 'Deputy Chairman of the Security Council of Russia', 'RU', ['Dmitri Medvedev', 'Medvedev']],
  ['mikhail-mishustin', 'Mikhail Mishustin', 'Prime Minister of Russia', 'RU', ['Mishustin']],
  ['valery-gerasimov', 'Valery Gerasimov', 'Chief of the General Staff of Russia', 'RU', ['Valeri Gerasimov', 'Valeriy Gerasimov', 'Gerasimov']],
  ['andrei-belousov', 'Andrei Belousov', 'Defence Minister of Russia', 'RU', ['Andrey Belousov', 'Belousov']],
  ['dmitry-shugaev', 'Dmitry Shugaev', 'Director of the Federal Service for Military-Technical Cooperation of Russia', 'RU', [
    'Dmitri Shugaev',
    'Dmitry Shugayev',
    'Shugaev',
    'Shugayev',
  ]],
  ['alexander-mikheev', 'Alexander Mikheev', 'Director General of Rosoboronexport', 'RU', ['Aleksandr Mikheev', 'Alexander Mikheyev', 'Mikheev', 'Mikheyev']],
  ['sergey-chemezov', 'Sergey Chemezov', 'Chief Executive of Rostec', 'RU', ['Sergei Chemezov', 'Chemezov']],
  ['nikolai-kudashev', 'Nikolai Kudashev', 'Ambassador of Russia to India (2019-2021)', 'RU', ['Nikolay Kudashev', 'Kudashev']],
  ['denis-alipov', 'Denis Alipov', 'Ambassador of Russia to India', 'RU', ['Alipov']],
  ['roman-babushkin', 'Roman Babushkin', 'Deputy Chief of Mission of Russia in India', 'RU', ['Babushkin']],
  ['dmitry-peskov', 'Dmitry Peskov', 'Kremlin spokesman', 'RU', ['Dmitri Peskov', 'Peskov']],
  ['maria-zakharova', 'Maria Zakharova', 'Spokeswoman of the Russian Foreign Ministry', 'RU', ['Zakharova']],
  ['nikolai-patrushev', 'Nikolai Patrushev', 'Secretary of the Security Council of Russia (2008-2024)', 'RU', ['Nikolay Patrushev', 'Patrushev']],
  ['alexander-fomin', 'Alexander Fomin', 'Deputy Defence Minister of Russia', 'RU', ['Aleksandr Fomin', 'Colonel General Alexander Fomin']],
  ['alexei-krivoruchko', 'Alexei Krivoruchko', 'Deputy Defence Minister of Russia (2018-2024)', 'RU', ['Alexey Krivoruchko', 'Krivoruchko']],
  ['denis-manturov', 'Denis Manturov', 'First Deputy Prime Minister of Russia', 'RU', ['Manturov']],
  ['oleg-salyukov', 'Oleg Salyukov', 'Commander-in-Chief of the Russian Ground Forces', 'RU', ['Salyukov']],
  ['nikolai-yevmenov', 'Nikolai Yevmenov', 'Commander-in-Chief of the Russian Navy (2019-2024)', 'RU', ['Nikolay Yevmenov', 'Yevmenov', 'Evmenov']],
  ['sergei-surovikin', 'Sergei Surovikin', 'Commander of the Russian Aerospace Forces (2017-2023)', 'RU', ['Sergey Surovikin', 'Surovikin']],
  ['yevgeny-prigozhin', 'Yevgeny Prigozhin', 'Head of the Wagner Group', 'RU', ['Yevgeniy Prigozhin', 'Prigozhin']],
  ['dmitry-rogozin', 'Dmitry Rogozin', 'Director General of Roscosmos (2018-2022)', 'RU', ['Dmitri Rogozin', 'Rogozin']],
];

const CHINA: Row[] = [
  ['xi-jinping', 'Xi Jinping', 'President of China', 'CN', ['President Xi'], 'Xi'],
  ['wei-fenghe', 'Wei Fenghe', 'Defence Minister of China (2018-2023)', 'CN', ['General Wei Fenghe', 'Gen Wei Fenghe'], 'Wei'],
  ['li-shangfu', 'Li Shangfu', 'Defence Minister of China (2023)', 'CN', ['General Li Shangfu', 'Gen Li Shangfu'], 'Li'],
  ['dong-jun', 'Dong Jun', 'Defence Minister of China', 'CN', ['Admiral Dong Jun'], 'Dong'],
  ['wang-yi', 'Wang Yi', 'Foreign Minister of China', 'CN', [], 'Wang'],
  ['qin-gang', 'Qin Gang', 'Foreign Minister of China (2022-2023)', 'CN', [], 'Qin'],
  ['li-keqiang', 'Li Keqiang', 'Premier of China (2013-2023)', 'CN', [], 'Li'],
  ['li-qiang', 'Li Qiang', 'Premier of China', 'CN', [], 'Li'],
  ['zhang-youxia', 'Zhang Youxia', 'Vice Chairman of the Central Military Commission of China', 'CN', [], 'Zhang'],
  ['xu-qiliang', 'Xu Qiliang', 'Vice Chairman of the Central Military Commission of China (2012-2022)', 'CN', [], 'Xu'],
  ['wang-wenbin', 'Wang Wenbin', 'Spokesperson of the Chinese Foreign Ministry', 'CN', [], 'Wang'],
  ['zhao-lijian', 'Zhao Lijian', 'Spokesperson of the Chinese Foreign Ministry', 'CN', [], 'Zhao'],
  ['hua-chunying', 'Hua Chunying', 'Spokesperson of the Chinese Foreign Ministry', 'CN', [], 'Hua'],
  ['mao-ning', 'Mao Ning', 'Spokesperson of the Chinese Foreign Ministry', 'CN', [], 'Mao'],
  ['lin-jian', 'Lin Jian', 'Spokesperson of the Chinese Foreign Ministry', 'CN', [], 'Lin'],
  ['wu-qian', 'Wu Qian', 'Spokesperson of the Chinese Ministry of National Defence', 'CN', ['Senior Colonel Wu Qian'], 'Wu'],
  ['sun-weidong', 'Sun Weidong', 'Ambassador of China to India (2019-2022)', 'CN', [], 'Sun'],
  ['xu-feihong', 'Xu Feihong', 'Ambassador of China to India', 'CN', [], 'Xu'],
];

const PAKISTAN: Row[] = [
  ['imran-khan', 'Imran Khan', 'Prime Minister of Pakistan (2018-2022)', 'PK'],
  ['shehbaz-sharif', 'Shehbaz Sharif', 'Prime Minister of Pakistan', 'PK', ['Shahbaz Sharif']],
  ['nawaz-sharif', 'Nawaz Sharif', 'Prime Minister of Pakistan (2013-2017)', 'PK'],
  ['qamar-javed-bajwa', 'Qamar Javed Bajwa', 'Chief of Army Staff of Pakistan (2016-2022)', 'PK', ['Qamar Bajwa', 'General Bajwa', 'Gen Bajwa']],
  ['asim-munir', 'Asim Munir', 'Chief of Army Staff of Pakistan', 'PK', ['Syed Asim Munir', 'General Asim Munir', 'Field Marshal Asim Munir']],
  ['pervez-khattak', 'Pervez Khattak', 'Defence Minister of Pakistan (2018-2022)', 'PK'],
  ['khawaja-asif', 'Khawaja Asif', 'Defence Minister of Pakistan', 'PK', ['Khawaja Muhammad Asif'], 'Asif'],
  ['shah-mahmood-qureshi', 'Shah Mahmood Qureshi', 'Foreign Minister of Pakistan (2018-2022)', 'PK'],
  ['bilawal-bhutto-zardari', 'Bilawal Bhutto Zardari', 'Foreign Minister of Pakistan (2022-2023)', 'PK', ['Bilawal Bhutto', 'Bilawal'], 'Bhutto'],
  ['asif-ali-zardari', 'Asif Ali Zardari', 'President of Pakistan', 'PK'],
  ['ishaq-dar', 'Ishaq Dar', 'Deputy Prime Minister and Foreign Minister of Pakistan', 'PK'],
  ['arif-alvi', 'Arif Alvi', 'President of Pakistan (2018-2023)', 'PK', ['Alvi']],
  ['sahir-shamshad-mirza', 'Sahir Shamshad Mirza', 'Chairman Joint Chiefs of Staff Committee of Pakistan', 'PK'],
  ['nadeem-raza', 'Nadeem Raza', 'Chairman Joint Chiefs of Staff Committee of Pakistan (2019-2022)', 'PK'],
  ['zaheer-ahmed-babar-sidhu', 'Zaheer Ahmed Babar Sidhu', 'Chief of the Air Staff of Pakistan', 'PK', ['Zaheer Babar Sidhu']],
  ['moeed-yusuf', 'Moeed Yusuf', 'National Security Adviser of Pakistan (2021-2022)', 'PK'],
  ['hina-rabbani-khar', 'Hina Rabbani Khar', 'Minister of State for Foreign Affairs of Pakistan (2022-2023)', 'PK'],
  ['ahmed-sharif-chaudhry', 'Ahmed Sharif Chaudhry', 'Director General of ISPR, Pakistan', 'PK'],
];

const UNITED_STATES: Row[] = [
  ['donald-trump', 'Donald Trump', 'President of the United States', 'US', ['Trump', 'Donald J Trump', 'Donald J. Trump']],
  ['joe-biden', 'Joe Biden', 'President of the United States (2021-2025)', 'US', ['Biden', 'Joseph Biden', 'Joseph R. Biden']],
  ['barack-obama', 'Barack Obama', 'President of the United States (2009-2017)', 'US', ['Obama']],
  ['kamala-harris', 'Kamala Harris', 'Vice President of the United States (2021-2025)', 'US'],
  ['mark-esper', 'Mark Esper', 'Secretary of Defense of the United States (2019-2020)', 'US', ['Esper']],
  ['lloyd-austin', 'Lloyd Austin', 'Secretary of Defense of the United States (2021-2025)', 'US', ['Lloyd J. Austin']],
  ['jim-mattis', 'Jim Mattis', 'Secretary of Defense of the United States (2017-2019)', 'US', ['James Mattis', 'Mattis']],
  ['ashton-carter', 'Ashton Carter', 'Secretary of Defense of the United States (2015-2017)', 'US', ['Ash Carter']],
  ['pete-hegseth', 'Pete Hegseth', 'Secretary of Defense of the United States', 'US', ['Hegseth']],
  ['mike-pompeo', 'Mike Pompeo', 'Secretary of State of the United States (2018-2021)', 'US', ['Michael Pompeo', 'Pompeo']],
  ['rex-tillerson', 'Rex Tillerson', 'Secretary of State of the United States (2017-2018)', 'US', ['Tillerson']],
  ['antony-blinken', 'Antony Blinken', 'Secretary of State of the United States (2021-2025)', 'US', ['Tony Blinken', 'Blinken']],
  ['marco-rubio', 'Marco Rubio', 'Secretary of State of the United States', 'US', ['Rubio']],
  ['jake-sullivan', 'Jake Sullivan', 'National Security Advisor of the United States (2021-2025)', 'US'],
  ['mike-waltz', 'Mike Waltz', 'National Security Advisor of the United States (2025)', 'US', ['Michael Waltz']],
  ['mark-milley', 'Mark Milley', 'Chairman of the Joint Chiefs of Staff of the United States (2019-2023)', 'US', ['Milley']],
  ['john-aquilino', 'John Aquilino', 'Commander of US Indo-Pacific Command (2021-2024)', 'US', ['Aquilino']],
  ['kenneth-juster', 'Kenneth Juster', 'Ambassador of the United States to India (2017-2021)', 'US', ['Ken Juster', 'Juster']],
  ['eric-garcetti', 'Eric Garcetti', 'Ambassador of the United States to India (2023-2025)', 'US', ['Garcetti']],
  ['sergio-gor', 'Sergio Gor', 'Ambassador of the United States to India', 'US'],
];

const EUROPE: Row[] = [
  ['emmanuel-macron', 'Emmanuel Macron', 'President of France', 'FR', ['Macron']],
  ['francois-hollande', 'François Hollande', 'President of France (2012-2017)', 'FR', ['Francois Hollande', 'Hollande']],
  ['florence-parly', 'Florence Parly', 'Minister of the Armed Forces of France (2017-2022)', 'FR', ['Parly']],
  ['sebastien-lecornu', 'Sébastien Lecornu', 'Minister of the Armed Forces of France (2022-2025)', 'FR', ['Sebastien Lecornu', 'Lecornu']],
  ['jean-yves-le-drian', 'Jean-Yves Le Drian', 'Foreign Minister of France (2017-2022)', 'FR', ['Jean Yves Le Drian', 'Le Drian'], 'Le Drian'],
  ['emmanuel-lenain', 'Emmanuel Lenain', 'Ambassador of France to India (2019-2023)', 'FR', ['Lenain']],
  ['thierry-mathou', 'Thierry Mathou', 'Ambassador of France to India', 'FR', ['Mathou']],
  ['eric-trappier', 'Éric Trappier', 'Chairman and Chief Executive of Dassault Aviation', 'FR', ['Eric Trappier', 'Trappier']],
  ['boris-johnson', 'Boris Johnson', 'Prime Minister of the United Kingdom (2019-2022)', 'GB'],
  ['rishi-sunak', 'Rishi Sunak', 'Prime Minister of the United Kingdom (2022-2024)', 'GB', ['Sunak']],
  ['keir-starmer', 'Keir Starmer', 'Prime Minister of the United Kingdom', 'GB', ['Starmer']],
  ['ben-wallace', 'Ben Wallace', 'Defence Secretary of the United Kingdom (2019-2023)', 'GB'],
  ['john-healey', 'John Healey', 'Defence Secretary of the United Kingdom', 'GB'],
  ['olaf-scholz', 'Olaf Scholz', 'Chancellor of Germany (2021-2025)', 'DE', ['Scholz']],
  ['angela-merkel', 'Angela Merkel', 'Chancellor of Germany (2005-2021)', 'DE', ['Merkel']],
  ['boris-pistorius', 'Boris Pistorius', 'Defence Minister of Germany', 'DE', ['Pistorius']],
  ['volodymyr-zelensky', 'Volodymyr Zelensky', 'President of Ukraine', 'UA', ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy']],
  ['dmytro-kuleba', 'Dmytro Kuleba', 'Foreign Minister of Ukraine (2020-2024)', 'UA', ['Kuleba']],
  ['oleksii-reznikov', 'Oleksii Reznikov', 'Defence Minister of Ukraine (2021-2023)', 'UA', ['Oleksiy Reznikov', 'Reznikov']],
  ['rustem-umerov', 'Rustem Umerov', 'Defence Minister of Ukraine (2023-2025)', 'UA', ['Umerov']],
  ['alexander-lukashenko', 'Alexander Lukashenko', 'President of Belarus', 'BY', ['Aleksandr Lukashenko', 'Lukashenko']],
  ['viktor-khrenin', 'Viktor Khrenin', 'Defence Minister of Belarus', 'BY', ['Khrenin']],
  ['recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'President of Turkey', 'TR', ['Recep Tayyip Erdogan', 'Erdogan', 'Erdoğan']],
];

const INTERNATIONAL: Row[] = [
  ['jens-stoltenberg', 'Jens Stoltenberg', 'Secretary General of NATO (2014-2024)', 'NO', ['Stoltenberg']],
  ['mark-rutte', 'Mark Rutte', 'Secretary General of NATO', 'NL', ['Rutte']],
  ['antonio-guterres', 'António Guterres', 'Secretary-General of the United Nations', 'PT', ['Antonio Guterres', 'Guterres']],
  ['vladimir-norov', 'Vladimir Norov', 'Secretary-General of the SCO (2019-2021)', 'UZ', ['Norov']],
  ['zhang-ming', 'Zhang Ming', 'Secretary-General of the SCO (2022-2024)', 'CN', [], 'Zhang'],
  ['stanislav-zas', 'Stanislav Zas', 'Secretary General of the CSTO (2020-2022)', 'BY'],
  ['imangali-tasmagambetov', 'Imangali Tasmagambetov', 'Secretary General of the CSTO', 'KZ', ['Tasmagambetov']],
];

const ASIA: Row[] = [
  ['kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'President of Kazakhstan', 'KZ', ['Kassym Jomart Tokayev', 'Tokayev']],
  ['nurlan-yermekbayev', 'Nurlan Yermekbayev', 'Defence Minister of Kazakhstan (2019-2021)', 'KZ', ['Yermekbayev', 'Nurlan Ermekbayev']],
  ['ruslan-zhaksylykov', 'Ruslan Zhaksylykov', 'Defence Minister of Kazakhstan', 'KZ', ['Zhaksylykov']],
  ['shavkat-mirziyoyev', 'Shavkat Mirziyoyev', 'President of Uzbekistan', 'UZ', ['Mirziyoyev']],
  ['bakhodir-kurbanov', 'Bakhodir Kurbanov', 'Defence Minister of Uzbekistan', 'UZ', ['Bakhodir Qurbonov']],
  ['emomali-rahmon', 'Emomali Rahmon', 'President of Tajikistan', 'TJ', ['Rahmon']],
  ['sherali-mirzo', 'Sherali Mirzo', 'Defence Minister of Tajikistan', 'TJ', ['Mirzo']],
  ['sadyr-japarov', 'Sadyr Japarov', 'President of Kyrgyzstan', 'KG', ['Japarov', 'Sadyr Zhaparov']],
  ['ebrahim-raisi', 'Ebrahim Raisi', 'President of Iran (2021-2024)', 'IR', ['Raisi']],
  ['masoud-pezeshkian', 'Masoud Pezeshkian', 'President of Iran', 'IR', ['Pezeshkian']],
  ['hassan-rouhani', 'Hassan Rouhani', 'President of Iran (2013-2021)', 'IR', ['Rouhani']],
  ['ali-khamenei', 'Ali Khamenei', 'Supreme Leader of Iran', 'IR', ['Ayatollah Ali Khamenei', 'Khamenei']],
  ['amir-hatami', 'Amir Hatami', 'Defence Minister of Iran (2017-2021)', 'IR', ['Hatami']],
  ['mohammad-javad-zarif', 'Mohammad Javad Zarif', 'Foreign Minister of Iran (2013-2021)', 'IR', ['Javad Zarif', 'Zarif']],
  ['benjamin-netanyahu', 'Benjamin Netanyahu', 'Prime Minister of Israel', 'IL', ['Netanyahu']],
  ['shinzo-abe', 'Shinzo Abe', 'Prime Minister of Japan (2012-2020)', 'JP'],
  ['fumio-kishida', 'Fumio Kishida', 'Prime Minister of Japan (2021-2024)', 'JP', ['Kishida']],
  ['nobuo-kishi', 'Nobuo Kishi', 'Defence Minister of Japan (2020-2022)', 'JP'],
  ['minoru-kihara', 'Minoru Kihara', 'Defence Minister of Japan (2023-2024)', 'JP', ['Kihara']],
  ['anthony-albanese', 'Anthony Albanese', 'Prime Minister of Australia', 'AU', ['Albanese']],
  ['scott-morrison', 'Scott Morrison', 'Prime Minister of Australia (2018-2022)', 'AU'],
  ['richard-marles', 'Richard Marles', 'Deputy Prime Minister and Defence Minister of Australia', 'AU', ['Marles']],
  ['sheikh-hasina', 'Sheikh Hasina', 'Prime Minister of Bangladesh (2009-2024)', 'BD', ['Hasina'], 'Hasina'],
  ['muhammad-yunus', 'Muhammad Yunus', 'Chief Adviser of Bangladesh', 'BD', ['Yunus']],
  ['gotabaya-rajapaksa', 'Gotabaya Rajapaksa', 'President of Sri Lanka (2019-2022)', 'LK', ['Gotabaya']],
  ['ranil-wickremesinghe', 'Ranil Wickremesinghe', 'President of Sri Lanka (2022-2024)', 'LK', ['Wickremesinghe']],
  ['mohamed-muizzu', 'Mohamed Muizzu', 'President of the Maldives', 'MV', ['Muizzu']],
  ['ibrahim-mohamed-solih', 'Ibrahim Mohamed Solih', 'President of the Maldives (2018-2023)', 'MV', ['Solih']],
  ['kp-sharma-oli', 'K P Sharma Oli', 'Prime Minister of Nepal', 'NP', ['KP Sharma Oli', 'K.P. Sharma Oli'], 'Oli'],
  ['ashraf-ghani', 'Ashraf Ghani', 'President of Afghanistan (2014-2021)', 'AF', ['Ghani']],
  ['mohammed-bin-salman', 'Mohammed bin Salman', 'Crown Prince and Prime Minister of Saudi Arabia', 'SA', ['MBS'], 'bin Salman'],
  ['tsai-ing-wen', 'Tsai Ing-wen', 'President of Taiwan (2016-2024)', 'TW', [], 'Tsai'],
  ['lai-ching-te', 'Lai Ching-te', 'President of Taiwan', 'TW', ['William Lai'], 'Lai'],
  ['kim-jong-un', 'Kim Jong Un', 'Supreme Leader of North Korea', 'KP', ['Kim Jong-un'], 'Kim'],
  ['yoon-suk-yeol', 'Yoon Suk Yeol', 'President of South Korea (2022-2025)', 'KR', ['Yoon Suk-yeol'], 'Yoon'],
  ['ferdinand-marcos-jr', 'Ferdinand Marcos Jr', 'President of the Philippines', 'PH', ['Ferdinand Marcos Jr.', 'Bongbong Marcos'], 'Marcos'],
];

export const PEOPLE_DIRECTORY: readonly DirectoryPerson[] = [
  ...INDIA,
  ...RUSSIA,
  ...CHINA,
  ...PAKISTAN,
  ...UNITED_STATES,
  ...EUROPE,
  ...INTERNATIONAL,
  ...ASIA,
].map(toDirectoryPerson);
