import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../extractor/places/extract-places';
import { splitSentences } from '../../../extractor/text/split-sentences';
import type { Sentence } from '../../../extractor/types';

const oneSentence = (text: string): Sentence[] => [{ text, start: 0, end: text.length }];
const idsIn = (text: string) => extractPlaces(text, oneSentence(text)).map((mention) => mention.placeId);
const readArticle = (file: string) => readFileSync(fileURLToPath(new URL(`../../../data/articles/${file}`, import.meta.url)), 'utf8');

describe('extractPlaces on the default articles', () => {
  it.each([
    ['000_06475bec42396503.txt', ['china', 'germany', 'india', 'ladakh', 'moscow', 'new-delhi', 'pangong-tso', 'russia']],
    ['001_dfec131b4fcdb096.txt', ['china', 'india', 'kazakhstan', 'kyrgyzstan', 'moscow', 'pakistan', 'russia', 'tajikistan', 'uzbekistan']],
    [
      '002_5a8ef84df38675f4.txt',
      ['chepuzi', 'china', 'chumar', 'galwan-valley', 'germany', 'india', 'ladakh', 'moscow', 'pangong-tso', 'russia'],
    ],
    ['003_b8affa03a4482651.txt', ['india', 'moscow', 'russia', 'vladivostok']],
    ['004_f40112cbbbfa4a4d.txt', ['india', 'indian-ocean', 'moscow', 'red-square', 'russia', 'strait-of-malacca']],
  ])('finds exactly the places of %s, each at its offsets and sentence', (file, expected) => {
    const text = readArticle(file);
    const sentences = splitSentences(text);
    const mentions = extractPlaces(text, sentences);
    expect([...new Set(mentions.map((mention) => mention.placeId))].sort()).toEqual(expected);
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      const sentence = sentences[mention.sentenceIndex];
      expect(sentence && mention.start >= sentence.start && mention.end <= sentence.end).toBe(true);
    }
  });

  it.each([
    ['Shanghai Cooperation Organization (SCO) Defence Ministers’ meeting', []],
    ['the southern bank of Pangong lake in eastern Ladakh', ['pangong-tso', 'ladakh']],
    ['the southern bank of Pangong Tso lake and Galwan valley in eastern Ladakh', ['pangong-tso', 'galwan-valley', 'ladakh']],
    ['the Indian and Russia navies off the Straits of Malacca', ['russia', 'strait-of-malacca']],
    ['maritime security in the Indian Ocean Region', ['indian-ocean']],
    ['Victory Day Parade at Red Square on June 24 2020', ['red-square']],
    ['between India and the Russian Federation', ['india', 'russia']],
    ['the Russian Defence Minister at the Russian Ministry of Defence', []],
    ["in the context of Prime Minister Narendra Modi's Aatma Nirbhar Bharat vision and the 'Make-in-India' programme", []],
    ['the forthcoming Aero India Exhibition to be held in February 2021', []],
  ])('reads "%s" as %j', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });
});

describe('extractPlaces on sentences from other outlets', () => {
  it.each([
    ['Indian and Chinese troops clashed at Naku La in north Sikkim.', ['naku-la', 'sikkim']],
    ['PLA soldiers transgressed near Yangtse in the Tawang sector of Arunachal Pradesh.', ['yangtse', 'tawang', 'arunachal-pradesh']],
    ['Disengagement at Gogra and Hot Springs followed the pullback from the Kailash range.', ['gogra', 'hot-springs', 'kailash-range']],
    ['Patrolling resumed in Depsang and Demchok after talks at Chushul.', ['depsang-plains', 'demchok', 'chushul']],
    ['The airstrip at Daulat Beg Oldi (DBO) lies close to the Karakoram Pass.', ['daulat-beg-oldi', 'daulat-beg-oldi', 'karakoram-pass']],
    ['China claims Aksai Chin, administered as part of Xinjiang and Tibet.', ['china', 'aksai-chin', 'xinjiang', 'tibet']],
    ['The 2017 Doklam standoff near the Siliguri Corridor lasted 73 days.', ['doklam', 'siliguri-corridor']],
    ['Troops in Siachen and Kargil were supplied from Leh.', ['siachen-glacier', 'kargil', 'leh']],
    ['Drass and the Zoji La remained cut off by snow.', ['drass', 'zoji-la']],
    ['A transhipment port at Galathea Bay, near Indira Point, is planned.', ['galathea-bay', 'indira-point']],
    ['The Growlers flew from the Aleutians; Pine Gap and Jervis Bay hosted the allies.', ['aleutian-islands', 'pine-gap', 'jervis-bay']],
    ['Jets from Air Force Station Bhisiana struck the camp at Jaba Top.', ['bhisiana', 'jaba-top']],
    ['Yulin, in Shaanxi, is not the naval base.', ['shaanxi']],
    ['Commandos boarded the MV Lila Norfolk off Somalia.', ['somalia']],
    ['The Sherdils fly the K-8 Karakoram trainer from Risalpur; a ZDK-03 Karakoram Eagle flew over Islamabad.', ['risalpur', 'islamabad']],
    ['The Karakoram Highway runs from Gilgit towards Kashgar.', ['karakoram-highway', 'gilgit', 'kashgar']],
    ['INS Imphal was commissioned in Mumbai; planners see Imphal as a deterrent, named after the city of Imphal.', ['mumbai', 'imphal']],
    ['INS Kolkata leads the class; ships are built at Garden Reach Shipbuilders and Engineers, Kolkata.', ['grse', 'kolkata']],
    ['The MF-STAR radar is supplied by Israel Aerospace Industries to the Navy.', []],
    ['Jets flew from RAAF Base Amberley in Queensland and RAAF Base Edinburgh in South Australia to Katherine.', ['raaf-base-amberley', 'queensland', 'raaf-base-edinburgh', 'south-australia', 'katherine']],
    ['Pirates took the ship to Eyl in Puntland, then towards Hobyo; a Su-24 flew from Saki past Cape Fiolent.', ['eyl', 'puntland', 'hobyo', 'saky', 'cape-fiolent']],
    ['Tsai stopped in Guatemala and Belize on her way back from the Bahamas.', ['guatemala', 'belize', 'bahamas']],
    ['The carrier group trained in the western Pacific, then in the northern Arabian Sea.', ['western-pacific', 'arabian-sea']],
    ['Russian Tu-95 bombers took off from Ukrainka in the Amur Region and flew past Dokdo.', ['ukrainka-air-base', 'amur-region', 'dokdo']],
    ['Modi landed at Andrews Air Force Base; piracy off the Horn of Africa was on the agenda.', ['joint-base-andrews', 'horn-of-africa']],
    ['French troops left Chad and Mauritania; Wagner fighters stayed in the Central African Republic.', ['chad', 'mauritania', 'central-african-republic']],
    ['Ceasefire violations along the LoC in Poonch and Rajouri rose.', ['poonch', 'rajouri']],
    ['The IAF struck a camp in Balakot in Khyber Pakhtunkhwa.', ['balakot', 'khyber-pakhtunkhwa']],
    ['Pakistan-occupied Kashmir and Gilgit-Baltistan are claimed by India.', ['pakistan-occupied-kashmir', 'gilgit-baltistan', 'india']],
    ['New Rafale squadrons are based at Ambala and Hasimara.', ['ambala', 'hasimara']],
    ['The Sukhoi fleet flies from Pune, Jodhpur and Thanjavur.', ['pune', 'jodhpur', 'thanjavur']],
    ['INS Kolkata and INS Chennai sailed from Mumbai.', ['mumbai']],
    ['Two Kolkata-class destroyers docked at Visakhapatnam and Karwar.', ['visakhapatnam', 'karwar']],
    ['HMS Chennai is not a ship, but INS Vikrant is.', []],
    ['The Yasen-class submarine Kazan and the Moskva cruiser left Sevastopol; the destroyer Chennai called at Kazan.', ['sevastopol', 'kazan']],
    ['The frigate Kolkata sailed, and two Mumbai destroyers docked at Karwar.', ['karwar']],
    ['China delivered a Pakistan frigate; Pakistan Navy submarines sailed.', ['china', 'pakistan', 'pakistan']],
    ['The Malabar exercise was held in the Bay of Bengal and the Arabian Sea.', ['bay-of-bengal', 'arabian-sea']],
    ['Chinese survey ships entered the Andaman Sea through the Malacca Strait.', ['andaman-sea', 'strait-of-malacca']],
    ['Submarines can also use the Sunda Strait or the Lombok Strait.', ['sunda-strait', 'lombok-strait']],
    ['Tankers crossed the Strait of Hormuz, the Gulf of Aden and the Red Sea.', ['strait-of-hormuz', 'gulf-of-aden', 'red-sea']],
    ['Tensions rose in the South China Sea, the East China Sea and the Taiwan Strait.', ['south-china-sea', 'east-china-sea', 'taiwan-strait']],
    ['The Black Sea Fleet left Sevastopol in Crimea for the Black Sea.', ['sevastopol', 'crimea', 'black-sea']],
    ['The Pacific Fleet is headquartered in Vladivostok on the Sea of Japan.', ['vladivostok', 'sea-of-japan']],
    ['China built a naval base in Djibouti and ports at Gwadar, Hambantota and Kyaukphyu.', ['china', 'djibouti', 'gwadar', 'hambantota', 'kyaukphyu']],
    ['The delegation visited Kubinka, Patriot Park and the Alabino range near Moscow.', ['kubinka', 'patriot-park', 'alabino', 'moscow']],
    ['The submarine was built at Severodvinsk and based at Murmansk.', ['severodvinsk', 'murmansk']],
    ['He flew from St. Petersburg to Saint Petersburg and then to St Petersburg.', ['saint-petersburg', 'saint-petersburg', 'saint-petersburg']],
    ['Bangalore, Bengaluru, Bombay and Mumbai hosted the shows.', ['bengaluru', 'bengaluru', 'mumbai', 'mumbai']],
    ['Kiev and Kyiv, Odessa and Odesa are the same cities.', ['kyiv', 'kyiv', 'odesa', 'odesa']],
    ['SCO members met in Astana, Tashkent, Dushanbe and Bishkek.', ['astana', 'tashkent', 'dushanbe', 'bishkek']],
    ['The Rafale jets were assembled in Bordeaux and handed over in Paris.', ['bordeaux', 'paris']],
    ['The parade on Rajpath, now Kartavya Path, passed India Gate.', ['kartavya-path', 'kartavya-path', 'india-gate']],
    ['Officials in South Block and at the Pentagon reviewed the deal; the Pentagon said so.', ['south-block', 'pentagon']],
    ['Talks at Hyderabad House preceded a visit to Hyderabad.', ['hyderabad-house', 'hyderabad']],
    ['The U.S. and the USA are the United States; us and Us are not.', ['united-states', 'united-states', 'united-states']],
    ['Leh is a town; leh is not; MALE drones are not Male, the capital.', ['leh', 'male']],
    ['Georgia and Jordan are countries, but georgia and jordan are not names here.', ['georgia', 'jordan']],
    ['The bay of bengal written in lower case is not trusted, but the Bay of Bengal is.', ['bay-of-bengal']],
    ['The Delhi Police and the Times of India are in Delhi.', ['new-delhi']],
    ['The Washington Post and The Moscow Times reported from Washington and Moscow.', ['washington-dc', 'moscow']],
    ['The Beijing Olympics were held in Beijing; the Moscow Format met in Moscow.', ['beijing', 'moscow']],
    ['Kiev Rus predates Kyiv, the capital of Ukraine.', ['kyiv', 'ukraine']],
    ['The Mumbai attacks of 2008 hit Mumbai hard.', ['mumbai', 'mumbai']],
    ['Russian and Chinese and Indian are demonyms, not places.', []],
    ['The North Atlantic Treaty Organization and the Indian Ocean Rim Association met in the Atlantic.', ['atlantic-ocean']],
    ['The Corps Commander-level talks were held at the Chushul-Moldo meeting point.', ['chushul', 'moldo']],
    ['The first C-295 built in Vadodara followed 16 flown in from Seville, Spain.', ['vadodara', 'seville', 'spain']],
    ['The Visakhapatnam-class destroyer called at Port Louis in Mauritius.', ['port-louis', 'mauritius']],
    ['General Asim Munir visited the Line of Control in the Neelum Valley.', ['neelum-valley']],
    ['NEW DELHI: The all-caps dateline names the capital.', ['new-delhi']],
    ['Troops held Rezang La, Rechin La and Magar Hill while PLA tanks moved near the Spanggur Gap.', ['rezang-la', 'rechin-la', 'magar-hill', 'spanggur-gap']],
    ['Disengagement at PP-15 and PP17A followed PP-14 in the Galwan Valley.', ['hot-springs', 'gogra', 'galwan-valley', 'galwan-valley']],
    ['Rajnath Singh met Wei Fenghe at the Hotel Metropol and laid a wreath at the Tomb of the Unknown Soldier.', ['hotel-metropol', 'tomb-of-the-unknown-soldier']],
    ['The Rafales refuelled at Al Dhafra in the UAE before landing at Ambala.', ['al-dhafra', 'united-arab-emirates', 'ambala']],
    ['A Pak drone crossed into Pak-occupied Kashmir; pak is not a word here.', ['pakistan', 'pakistan-occupied-kashmir']],
    ['The second phase will take place in the northern Arabian Sea.', ['arabian-sea']],
    ['P-8I aircraft patrolled the North Arabian Sea, the Western Pacific and the western Indian Ocean.', ['arabian-sea', 'western-pacific', 'indian-ocean']],
    ['The navies reaffirmed a free, open and inclusive Indo-Pacific.', []],
    ["China's growing presence in the Indo-Pacific worries Delhi.", ['china', 'new-delhi']],
    ['The carrier Fujian sailed; the Fujian carrier is China\'s third, built off Fujian.', ['china', 'fujian']],
    ['A jawan was killed in the Ramgarh sector of Samba; recruits trained at Ramgarh cantonment.', ['ramgarh-sector', 'samba', 'ramgarh']],
    ['Ceasefire violations were reported in Krishna Ghati, the Nowshera sector and R S Pura.', ['krishna-ghati', 'nowshera-sector', 'rs-pura']],
    ['PLA herders camped at Charding Nala near Demchok, south of Koyul and Fukche.', ['charding-la', 'demchok', 'koyul', 'fukche']],
    ['Chinese research vessels called at Sihanoukville, Payra and Sabang.', ['sihanoukville', 'payra', 'sabang']],
    ['Russian troops drilled at the Sergeyevsky training ground in the Primorye Region and on the Kuril Islands.', ['sergeyevsky', 'primorsky-krai', 'kuril-islands']],
    ['American bombers flew from Guam over the Bashi Channel and the Miyako Strait.', ['guam', 'bashi-channel', 'miyako-strait']],
    ['J-20s were spotted at Hotan, Kashgar and Qamdo Bangda.', ['hotan', 'kashgar', 'bangda']],
    ['PAF jets flew from PAF Base Bholari and Jacobabad over Tharparkar.', ['bholari', 'jacobabad', 'tharparkar']],
    ['Patrols resumed at Yangtse, in the Dibang Valley and near Anini in Arunachal.', ['yangtse', 'dibang-valley', 'anini', 'arunachal-pradesh']],
    ['The amphibious assault ship Hainan sailed from Hainan to the Chinese research vessel off Sanya.', ['hainan', 'sanya']],
    ['Chinese coast guard ships blocked the resupply to Second Thomas Shoal, near Sabina Shoal and the Reed Bank.', ['second-thomas-shoal', 'sabina-shoal', 'reed-bank']],
    ['The BrahMos batteries were flown to Clark Air Base in Pampanga, on Luzon.', ['clark-air-base', 'pampanga', 'luzon']],
    ['Rockets lifted off from the Jiuquan Satellite Launch Centre, north of Dunhuang and Lanzhou.', ['jiuquan-satellite-launch-center', 'dunhuang', 'lanzhou']],
    ['The PLA moved troops from Nagqu and Gyirong towards the Nepal border.', ['nagqu', 'gyirong', 'nepal']],
    ['Vietnam and China clashed in the Gulf of Tonkin and along the Mekong.', ['vietnam', 'china', 'gulf-of-tonkin', 'mekong']],
    ['The summit was held in Wilmington, Delaware, not in Washington.', ['wilmington', 'delaware', 'washington-dc']],
    ['It will sail with the carriers Liaoning, Shandong and Fujian, off Fujian province.', ['fujian']],
    ['China has three Type 075 vessels, the Hainan, the Guangxi and the Anhui, based at Sanya.', ['china', 'sanya']],
    ['Chinese ships from Shanghai and vessels in Hainan waited.', ['shanghai', 'hainan']],
    ['Lt Gen Rashim Bali, the 14 Corps commander, flew from Leh to the G20 summit venue in Bali.', ['leh', 'bali']],
    ['Prime Minister Luís Montenegro of Portugal met NATO envoys from Montenegro and Albania.', ['portugal', 'montenegro', 'albania']],
    ['Pakistan fired rockets into Kunar and Paktia, and the Taliban shelled Tirah and Bajaur.', ['pakistan', 'kunar', 'paktia', 'tirah', 'bajaur']],
    ['Water talks under the Indus Waters Treaty covered the Chenab and the Kishanganga.', ['chenab', 'kishanganga']],
    ['Chinese build-up opposite the Shipki La and the Lipulekh pass in the middle sector.', ['shipki-la', 'lipulekh']],
    ['Russia Today and India Today reported that Russia today and India today signed a deal.', ['russia', 'india']],
    ['In times of India’s need, the Times of India wrote about the Make in India campaign.', ['india']],
    ['Radio Pakistan, Agence France-Presse and Asia Times reported the Kubinka forum in the Moscow Region.', ['kubinka', 'moscow-oblast']],
    ["Xi'an and Xian are one city.", ['xian', 'xian']],
    ['India-China talks and India–Russia ties.', ['india', 'china', 'india', 'russia']],
    ['The Indo-Pacific and the Asia-Pacific are not the Pacific Ocean.', ['pacific-ocean']],
    ['The markets are the Middle East, Latin America, Southeast Asia and Africa, not America.', ['united-states']],
  ])('reads "%s" as %j', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });

  it.each([
    ['The contingent trained at the Babina Field Firing Ranges near Jhansi before flying out of Palam.', ['babina', 'jhansi', 'palam']],
    ['Zapad-2021 was held at the Mulino training ground in the Nizhny Novgorod region.', ['mulino', 'nizhny-novgorod']],
    ['Indra-2021 took place at the Prudboi range in the Volgograd region.', ['prudboi', 'volgograd']],
    ['Belarusian troops drilled at the Obuz-Lesnovsky range near Baranovichi and at Brest.', ['obuz-lesnovsky', 'baranovichi', 'brest']],
    ['Vostok drills used Donguz, Totskoye, Ashuluk and Kapustin Yar.', ['donguz', 'totskoye', 'ashuluk', 'kapustin-yar']],
    ['Modi laid the foundation stone of the Deesa airbase in Banaskantha district.', ['deesa', 'banaskantha']],
    ['L&T builds the K9 Vajra at its Hazira plant near Surat.', ['hazira', 'surat']],
    ['DefExpo opened at the Mahatma Mandir in Gandhinagar.', ['mahatma-mandir', 'gandhinagar']],
    ['The MH-60R squadron was commissioned at INS Garuda in Kochi, and P-8Is fly from INS Rajali.', ['ins-garuda', 'kochi', 'ins-rajali']],
    ['The frigate was built at Mazagon Dock Shipbuilders Limited and the carrier at Cochin Shipyard Ltd.', ['mazagon-dock', 'cochin-shipyard']],
    ['China is building ports along the Makran coast at Gwadar, Pasni, Ormara and Jiwani.', ['china', 'makran', 'gwadar', 'pasni', 'ormara', 'jiwani']],
    ['The 2+2 talks were held at Sushma Swaraj Bhawan, the talks with Qureshi at UN Headquarters.', ['sushma-swaraj-bhawan', 'un-headquarters']],
    ['Exercise Shakti was held at Frejus in France.', ['frejus', 'france']],
    ['The P-8I joined Malabar in the Western Pacific off Guam.', ['western-pacific', 'guam']],
    ['Chinese survey vessels returned to the Eastern Indian Ocean and the Northern Arabian Sea.', ['eastern-indian-ocean', 'arabian-sea']],
    ['The Global Times said PLA troops patrolled the Dongzhang area.', ['yangtse']],
    ['Deputy Prime Minister Yury Borisov met Rajnath Singh in Moscow.', ['moscow']],
    ['Dawn wrote of IIOJK and Indian Illegally Occupied Jammu and Kashmir, Reuters of Pakistan-administered Kashmir.', ['jammu-and-kashmir', 'jammu-and-kashmir', 'pakistan-occupied-kashmir']],
    ["Shelling hit the Donetsk People's Republic and the Chinese mainland stayed calm.", ['donetsk', 'china']],
    ['The PLA pulled back east of Finger 8 while Indian troops stayed at the Dhan Singh Thapa post near Finger 3.', ['finger-8', 'dhan-singh-thapa-post', 'finger-3']],
    ['Troops moved between Finger 4 and Finger 8 and onto the Shenpao mountain.', ['finger-4', 'finger-8', 'shenpao']],
    ['Apache pilots trained at Fort Rucker; Boeing builds the helicopters in Mesa, Arizona.', ['fort-rucker', 'mesa', 'arizona']],
    ['The missile fell near Mian Channu in Khanewal district.', ['mian-channu', 'khanewal']],
    ['The Chinooks were shipped to Mundra port in Gujarat.', ['mundra', 'gujarat']],
    ['Beijing claims the tri-junction lies at Gipmochi, not at Batang La.', ['beijing', 'gipmochi', 'batang-la']],
    ['Damen built the patrol vessels in Galati, Romania.', ['galati', 'romania']],
    ['Manila will deploy the missiles to guard the West Philippine Sea.', ['manila', 'south-china-sea']],
    ['Patrolling resumed at PP-10, PP-11A and Patrolling Point 13 beyond the Y-junction in Depsang.', ['pp-10', 'pp-11a', 'pp-13', 'y-junction', 'depsang-plains']],
    ['Talisman Sabre drills were held at Shoalwater Bay near Rockhampton in Queensland.', ['shoalwater-bay', 'rockhampton', 'queensland']],
    ['Sikorsky builds the MH-60R at Owego; crews trained at Jacksonville and Naval Station Mayport.', ['owego', 'jacksonville', 'mayport']],
    ['Terrorists attacked tourists at the Baisaran meadow near Pahalgam; pilgrims at Baltal and Sonamarg were safe.', ['baisaran', 'pahalgam', 'baltal', 'sonamarg']],
  ])('finds the domain site in "%s"', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });

  it.each([
    ['Modi inaugurated the India-Africa Defence Dialogue in Gandhinagar.', ['gandhinagar']],
    ['The WMCC on India-China Border Affairs met in New Delhi.', ['new-delhi']],
    ['Goa Police and Karachi Stock Exchange are not places; Goa and Karachi are.', ['goa', 'karachi']],
    ['The Baltic Shipyard, Visakhapatnam Port Trust and Pakistan International Airlines are companies.', []],
    ['The Punjab Regiment, the Ladakh Scouts and the Assam Rifles paraded in Delhi.', ['new-delhi']],
    ['The Lahore Declaration and the Simla Agreement followed the Tashkent Declaration.', []],
    ['The Kremlin press service said Putin would go; Kremlin spokesman Dmitry Peskov agreed.', []],
    ['Putin received Modi in the Kremlin, the Kremlin said, and pro-Kremlin media cheered.', ['kremlin']],
    ['Pentagon officials and the White House said the deal was on; the White House stayed silent.', []],
    ['Jaishankar met Lavrov at the Smolensk Square ministry; Smolensk Square said talks went well.', ['smolensk-square']],
    ['The Lahore Declaration was signed in Lahore.', ['lahore']],
    ['The Red Fort was built by Shah Jahan; India Gate is nearby.', ['red-fort', 'india-gate']],
    ['Troops manned the Yangtse Post; the Kathmandu Post reported it.', ['yangtse']],
  ])('does not take a place inside an organisation name or a government voice: "%s"', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });

  it('never joins two lines into one place', () => {
    const text = 'Troops reached Pangong\nTso Moriri is another lake.';
    expect(extractPlaces(text, splitSentences(text)).map((mention) => mention.text)).toEqual(['Pangong', 'Tso Moriri']);
  });

  it('keeps offsets in the article text and skips text outside every sentence', () => {
    const text = 'READ | Moscow summit\nTroops reached Leh.';
    const sentences: Sentence[] = [{ text: 'Troops reached Leh.', start: 21, end: text.length }];
    expect(extractPlaces(text, sentences)).toEqual([{ placeId: 'leh', text: 'Leh', start: 36, end: 39, sentenceIndex: 0 }]);
  });
});
