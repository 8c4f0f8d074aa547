/**
 * The curated catalogue of major weapon systems in Indian, Russian, Chinese,
 * Pakistani, French, US and Israeli service. Each row lists the canonical
 * designation, spelling variants that name exactly the same system, and
 * spellings that are also ordinary words or names ("Spike", "Akash", "Tejas"),
 * which count only beside a weapon noun.
 *
 * Variants are separate rows, never aliases: MiG-29 vs MiG-29K, Su-30 vs
 * Su-30MKI, J-10 vs J-10C. "SU-30 aircraft licensed production in India" in
 * Indian reporting usually means the Su-30MKI, but the text does not say so and
 * other air forces fly the Su-30SM/MKK/MKM, so "Su-30" stays its own item.
 */
import { toDesignationKey } from './designation-key';

export type ItemCategory =
  | 'air defence'
  | 'small arms'
  | 'combat aircraft'
  | 'transport aircraft'
  | 'helicopter'
  | 'armour'
  | 'artillery'
  | 'submarine'
  | 'surface ship'
  | 'aircraft carrier'
  | 'missile'
  | 'drone'
  | 'radar'
  | 'munition'
  | 'engine'
  | 'other';

export interface CatalogueItem {
  /** Slug of the canonical name, e.g. "s-400". */
  id: string;
  name: string;
  /** Spellings matched anywhere (case-insensitive, flexible separators). */
  aliases: string[];
  /** Spellings matched only with exact case and a weapon noun nearby ("Spike missiles"). */
  cuedAliases: string[];
  category: ItemCategory;
  /** ISO 3166 alpha-2 of the usual supplier. */
  origin: string;
}

type CatalogueRow = [
  id: string,
  name: string,
  category: ItemCategory,
  origin: string,
  aliases: string[],
  cuedAliases?: string[],
];

const ROWS: CatalogueRow[] = [
  // Air defence
  // Not "Sudarshan Chakra" alone: it also names an Army corps and India's air-defence mission.
  ['s-400', 'S-400', 'air defence', 'RU', ['S-400 Triumf', 'S-400 Triumph', 'SA-21 Growler'], ['Triumf', 'Sudarshan Chakra']],
  ['s-300', 'S-300', 'air defence', 'RU', ['SA-10 Grumble']],
  ['s-500', 'S-500', 'air defence', 'RU', ['S-500 Prometey']],
  ['pantsir', 'Pantsir', 'air defence', 'RU', ['Pantsir-S1', 'Pantsyr', 'Pantsyr-S1', 'SA-22 Greyhound']],
  ['tor-m2', 'Tor-M2', 'air defence', 'RU', ['Tor M2KM']],
  ['buk-m2', 'Buk-M2', 'air defence', 'RU', ['Buk M2E']],
  ['igla-s', 'Igla-S', 'air defence', 'RU', ['Igla S', '9K338']],
  ['igla', 'Igla', 'air defence', 'RU', ['9K38 Igla']],
  ['verba', 'Verba', 'air defence', 'RU', ['9K333 Verba'], ['Verba']],
  ['patriot', 'Patriot', 'air defence', 'US', ['MIM-104 Patriot', 'MIM-104', 'PAC-3'], ['Patriot']],
  ['thaad', 'THAAD', 'air defence', 'US', ['Terminal High Altitude Area Defense']],
  ['nasams', 'NASAMS', 'air defence', 'US', ['NASAMS-II', 'NASAMS II']],
  ['stinger', 'Stinger', 'air defence', 'US', ['FIM-92 Stinger', 'FIM-92'], ['Stinger']],
  ['barak-8', 'Barak-8', 'air defence', 'IL', ['Barak 8', 'MRSAM', 'MR-SAM', 'LRSAM', 'LR-SAM']],
  ['iron-dome', 'Iron Dome', 'air defence', 'IL', []],
  ['davids-sling', "David's Sling", 'air defence', 'IL', ['Davids Sling']],
  ['arrow-3', 'Arrow-3', 'air defence', 'IL', []],
  ['spyder', 'SPYDER', 'air defence', 'IL', [], ['SPYDER', 'Spyder']],
  ['hq-9', 'HQ-9', 'air defence', 'CN', ['Hongqi-9']],
  ['hq-9-p', 'HQ-9/P', 'air defence', 'CN', ['HQ-9P']],
  ['hq-16', 'HQ-16', 'air defence', 'CN', ['Hongqi-16']],
  ['akash', 'Akash', 'air defence', 'IN', ['Akash SAM', 'Akash missile system'], ['Akash']],
  ['akash-ng', 'Akash-NG', 'air defence', 'IN', ['Akash NG', 'Akash New Generation']],
  ['akash-1s', 'Akash-1S', 'air defence', 'IN', ['Akash 1S']],
  ['qrsam', 'QRSAM', 'air defence', 'IN', []],
  ['vshorads', 'VSHORADS', 'air defence', 'IN', ['Very Short Range Air Defence System']],
  ['shilka', 'ZSU-23-4 Shilka', 'air defence', 'RU', ['ZSU-23-4', 'Shilka']],
  ['tunguska', 'Tunguska', 'air defence', 'RU', ['2K22 Tunguska', '2K22'], ['Tunguska']],
  ['barak-1', 'Barak-1', 'air defence', 'IL', ['Barak 1']],
  ['ly-80', 'LY-80', 'air defence', 'CN', []],
  ['mistral', 'Mistral', 'air defence', 'FR', [], ['Mistral']],
  ['s-350', 'S-350 Vityaz', 'air defence', 'RU', ['S-350', '50R6 Vityaz'], ['Vityaz']],
  ['s-125-pechora', 'S-125 Pechora', 'air defence', 'RU', ['S-125'], ['Pechora']],
  ['osa-ak', 'OSA-AK', 'air defence', 'RU', ['9K33 Osa']],
  ['kvadrat', 'Kvadrat', 'air defence', 'RU', ['2K12 Kvadrat', '2K12 Kub'], ['Kvadrat', 'Kub']],
  ['tor-m1', 'Tor-M1', 'air defence', 'RU', ['9K331 Tor']],
  ['strela-10', 'Strela-10', 'air defence', 'RU', ['9K35 Strela-10', 'SA-13 Gopher'], ['Strela']],
  ['zu-23-2', 'ZU-23-2', 'air defence', 'RU', ['ZU-23']],
  ['l70', 'L70', 'air defence', 'SE', ['Bofors L70', 'L-70', '40mm L70']],
  ['akash-prime', 'Akash Prime', 'air defence', 'IN', ['Akash-Prime']],
  ['hq-7', 'HQ-7', 'air defence', 'CN', ['FM-90']],
  ['hq-17', 'HQ-17', 'air defence', 'CN', []],
  ['hq-22', 'HQ-22', 'air defence', 'CN', ['FK-3']],
  ['iron-beam', 'Iron Beam', 'air defence', 'IL', []],
  ['project-kusha', 'Project Kusha', 'air defence', 'IN', [], ['Kusha']],

  ['s-300v4', 'S-300V4', 'air defence', 'RU', ['SA-23 Gladiator']],
  ['buk-m3', 'Buk-M3', 'air defence', 'RU', ['Buk M3', 'Buk-M3 Viking']],
  ['buk-m1', 'Buk-M1', 'air defence', 'RU', ['Buk M1']],
  ['hq-9b', 'HQ-9B', 'air defence', 'CN', []],
  ['hq-19', 'HQ-19', 'air defence', 'CN', []],
  ['vl-srsam', 'VL-SRSAM', 'air defence', 'IN', ['VLSRSAM', 'Vertically Launched Short Range Surface to Air Missile']],
  ['akashteer', 'Akashteer', 'air defence', 'IN', []],
  ['aster-30', 'Aster 30', 'air defence', 'FR', ['Aster-30', 'SAMP/T', 'SAMP/T Mamba']],
  ['sm-3', 'SM-3', 'air defence', 'US', ['RIM-161', 'Standard Missile 3', 'SM-3 Block IIA']],
  ['typhon', 'Typhon', 'missile', 'US', ['Typhon Mid-Range Capability', 'Mid-Range Capability', 'Strategic Mid-Range Fires'], ['Typhon']],
  ['nmesis', 'NMESIS', 'missile', 'US', ['Navy-Marine Expeditionary Ship Interdiction System']],
  ['aegis', 'Aegis Combat System', 'radar', 'US', ['Aegis BMD', 'Aegis Ashore', 'Aegis system'], ['Aegis']],

  ['shtil-1', 'Shtil-1', 'air defence', 'RU', ['Shtil', '3K90M Shtil-1']],
  ['kashtan', 'Kashtan', 'air defence', 'RU', ['Kashtan CIWS', 'Kortik'], ['Kashtan']],
  ['ak-630', 'AK-630', 'air defence', 'RU', ['AK-630M']],

  ['phalanx', 'Phalanx CIWS', 'air defence', 'US', ['Phalanx', 'Mk 15 Phalanx']],
  ['searam', 'SeaRAM', 'air defence', 'US', ['RIM-116 SeaRAM']],
  ['essm', 'ESSM', 'air defence', 'US', ['Evolved Sea Sparrow Missile', 'RIM-162 ESSM', 'RIM-162']],
  ['goalkeeper', 'Goalkeeper CIWS', 'air defence', 'NL', [], ['Goalkeeper']],
  ['iris-t', 'IRIS-T', 'air defence', 'DE', ['IRIS-T SLM', 'IRIS-T SLS']],
  ['gepard', 'Gepard', 'air defence', 'DE', ['Flakpanzer Gepard'], ['Gepard']],

  ['buk', 'Buk', 'air defence', 'RU', ['9K37 Buk'], ['Buk']],
  ['tor', 'Tor', 'air defence', 'RU', ['9K330 Tor'], ['Tor']],
  ['nebo-m', 'Nebo-M', 'radar', 'RU', ['Nebo M']],
  ['an-tpy-2', 'AN/TPY-2', 'radar', 'US', ['TPY-2']],
  ['an-tpq-37', 'AN/TPQ-37', 'radar', 'US', ['TPQ-37', 'Firefinder']],
  ['swordfish', 'Swordfish', 'radar', 'IN', ['Swordfish LRTR', 'Long Range Tracking Radar'], ['Swordfish']],
  // Israeli radars and pods are written "EL/M-2052": the part after the slash finds them.
  ['humsa-ng', 'HUMSA-NG', 'radar', 'IN', ['HUMSA NG', 'Humsa-NG']],
  ['fregat-m2em', 'Fregat-M2EM', 'radar', 'RU', ['Fregat M2EM']],
  ['green-pine', 'Green Pine', 'radar', 'IL', ['M-2080 Green Pine', 'ELM-2080']],
  ['elm-2052', 'EL/M-2052', 'radar', 'IL', ['M-2052', 'ELM-2052']],
  ['elm-2084', 'EL/M-2084', 'radar', 'IL', ['M-2084', 'ELM-2084']],
  ['elm-2083', 'EL/M-2083', 'radar', 'IL', ['M-2083', 'ELM-2083']],
  ['ell-8222', 'ELL-8222', 'other', 'IL', ['L-8222']],
  // "PAD" and "AAD" are also words and initials: only beside a weapon noun.
  ['prithvi-air-defence', 'Prithvi Air Defence', 'air defence', 'IN', ['Pradyumna'], ['PAD', 'Prithvi Air Defence']],
  ['advanced-air-defence', 'Advanced Air Defence', 'air defence', 'IN', [], ['AAD', 'Advanced Air Defence', 'Ashwin']],
  ['ad-1', 'AD-1', 'air defence', 'IN', [], ['AD-1']],
  ['pdv-mk-ii', 'PDV Mk-II', 'air defence', 'IN', ['PDV Mk II', 'PDV Mk2', 'Prithvi Defence Vehicle'], ['PDV']],
  ['arrow-2', 'Arrow-2', 'air defence', 'IL', []],
  ['cheongung', 'Cheongung', 'air defence', 'KR', ['KM-SAM', 'Cheolmae-2', 'Chunkung']],
  ['l-sam', 'L-SAM', 'air defence', 'KR', []],
  ['hisar', 'Hisar', 'air defence', 'TR', ['Hisar-A', 'Hisar-O', 'Hisar-A+', 'Hisar-O+'], ['Hisar']],
  ['siper', 'Siper', 'air defence', 'TR', [], ['Siper']],
  ['camm', 'CAMM', 'air defence', 'GB', ['Sea Ceptor', 'Land Ceptor', 'Sky Sabre']],

  // Small arms
  ['ak-203', 'AK-203', 'small arms', 'RU', ['Kalashnikov AK-203', 'AK-203 Kalashnikov']],
  ['ak-47', 'AK-47', 'small arms', 'RU', ['Kalashnikov AK-47']],
  ['ak-103', 'AK-103', 'small arms', 'RU', []],
  ['ak-12', 'AK-12', 'small arms', 'RU', []],
  ['svd-dragunov', 'SVD Dragunov', 'small arms', 'RU', ['Dragunov', 'Dragunov SVD']],
  ['sig-716', 'SIG716', 'small arms', 'US', ['SIG Sauer 716', 'SIG-716']],
  ['insas', 'INSAS', 'small arms', 'IN', []],
  ['tavor', 'Tavor', 'small arms', 'IL', ['TAR-21', 'X95'], ['Tavor']],
  ['negev', 'Negev', 'small arms', 'IL', ['Negev NG7'], ['Negev']],
  ['carl-gustaf', 'Carl Gustaf', 'small arms', 'SE', ['Carl-Gustaf', 'Carl Gustav']],
  ['galil', 'Galil', 'small arms', 'IL', ['Galil ACE'], ['Galil']],

  // Combat aircraft
  ['su-30mki', 'Su-30MKI', 'combat aircraft', 'RU', ['Sukhoi Su-30MKI', 'Sukhoi-30MKI', 'Sukhoi 30 MKI', 'Su-30 MKI']],
  ['su-30', 'Su-30', 'combat aircraft', 'RU', ['Sukhoi-30', 'Sukhoi Su-30']],
  ['su-35', 'Su-35', 'combat aircraft', 'RU', ['Sukhoi Su-35', 'Sukhoi-35']],
  ['su-57', 'Su-57', 'combat aircraft', 'RU', ['Sukhoi Su-57', 'PAK FA'], ['Felon']],
  ['su-34', 'Su-34', 'combat aircraft', 'RU', ['Sukhoi Su-34']],
  ['su-27', 'Su-27', 'combat aircraft', 'RU', ['Sukhoi Su-27']],
  ['su-25', 'Su-25', 'combat aircraft', 'RU', ['Sukhoi Su-25']],
  ['mig-29', 'MiG-29', 'combat aircraft', 'RU', ['Mikoyan MiG-29']],
  ['mig-29k', 'MiG-29K', 'combat aircraft', 'RU', ['Mikoyan MiG-29K']],
  ['mig-21', 'MiG-21', 'combat aircraft', 'RU', []],
  ['mig-21-bison', 'MiG-21 Bison', 'combat aircraft', 'RU', ['MiG-21 Bis', 'MiG-21 UPG Bison']],
  ['mig-31', 'MiG-31', 'combat aircraft', 'RU', []],
  ['mig-35', 'MiG-35', 'combat aircraft', 'RU', []],
  ['tu-160', 'Tu-160', 'combat aircraft', 'RU', ['Tupolev Tu-160'], ['Blackjack']],
  ['tu-95', 'Tu-95', 'combat aircraft', 'RU', ['Tupolev Tu-95']],
  ['tu-22m3', 'Tu-22M3', 'combat aircraft', 'RU', ['Tupolev Tu-22M3']],
  ['rafale', 'Rafale', 'combat aircraft', 'FR', ['Dassault Rafale']],
  ['rafale-m', 'Rafale-M', 'combat aircraft', 'FR', ['Rafale M', 'Rafale Marine']],
  ['mirage-2000', 'Mirage 2000', 'combat aircraft', 'FR', ['Dassault Mirage 2000']],
  ['jaguar', 'Jaguar', 'combat aircraft', 'GB', ['SEPECAT Jaguar'], ['Jaguar']],
  ['f-16', 'F-16', 'combat aircraft', 'US', ['F-16 Fighting Falcon']],
  ['f-21', 'F-21', 'combat aircraft', 'US', []],
  ['f-35', 'F-35', 'combat aircraft', 'US', ['F-35 Lightning II']],
  ['f-15', 'F-15', 'combat aircraft', 'US', ['F-15 Eagle']],
  ['f-22', 'F-22', 'combat aircraft', 'US', ['F-22 Raptor']],
  ['fa-18', 'F/A-18', 'combat aircraft', 'US', ['F/A-18 Super Hornet', 'FA-18', 'F-18', 'Super Hornet']],
  ['gripen', 'Gripen', 'combat aircraft', 'SE', ['JAS 39 Gripen', 'Saab Gripen', 'JAS-39']],
  ['eurofighter-typhoon', 'Eurofighter Typhoon', 'combat aircraft', 'GB', ['Eurofighter'], ['Typhoon']],
  ['j-20', 'J-20', 'combat aircraft', 'CN', ['Chengdu J-20', 'Mighty Dragon']],
  ['j-10c', 'J-10C', 'combat aircraft', 'CN', []],
  ['j-10', 'J-10', 'combat aircraft', 'CN', ['Chengdu J-10']],
  ['j-11', 'J-11', 'combat aircraft', 'CN', ['Shenyang J-11']],
  ['j-15', 'J-15', 'combat aircraft', 'CN', ['Shenyang J-15']],
  ['j-16', 'J-16', 'combat aircraft', 'CN', ['Shenyang J-16']],
  ['j-35', 'J-35', 'combat aircraft', 'CN', ['Shenyang J-35']],
  ['jf-17', 'JF-17', 'combat aircraft', 'PK', ['JF-17 Thunder', 'FC-1 Xiaolong']],
  ['h-6', 'H-6', 'combat aircraft', 'CN', ['Xian H-6']],
  // The Mk1 is the baseline Tejas that "Tejas" alone names; the Mk1A and Mk2 are variants of their own.
  ['tejas', 'Tejas', 'combat aircraft', 'IN', ['LCA Tejas', 'HAL Tejas', 'Light Combat Aircraft', 'Tejas Mk1', 'Tejas Mk-1', 'Tejas Mark 1', 'LCA Mk1', 'LCA Mk-1', 'LCA Tejas Mk1'], ['Tejas', 'LCA']],
  ['tejas-mk1a', 'Tejas Mk1A', 'combat aircraft', 'IN', ['Tejas Mk-1A', 'Tejas Mark 1A', 'LCA Mk1A', 'LCA Mk-1A', 'LCA Tejas Mk1A', 'LCA Tejas Mk-1A', 'HAL Tejas Mk1A', 'Light Combat Aircraft Mk1A', 'Light Combat Aircraft Mk-1A']],
  ['tejas-mk2', 'Tejas Mk2', 'combat aircraft', 'IN', ['Tejas Mk-2', 'Tejas Mark 2', 'LCA Mk2', 'LCA Mk-2', 'LCA Tejas Mk2', 'LCA Tejas Mk-2', 'Medium Weight Fighter', 'MWF']],
  ['amca', 'AMCA', 'combat aircraft', 'IN', ['Advanced Medium Combat Aircraft']],
  ['htt-40', 'HTT-40', 'other', 'IN', ['HAL HTT-40']],
  ['hlft-42', 'HLFT-42', 'other', 'IN', ['Hindustan Lead-in Fighter Trainer']],
  ['pilatus-pc-7', 'Pilatus PC-7', 'other', 'CH', ['PC-7 Mk II', 'PC-7'], ['Pilatus']],
  ['su-30sm', 'Su-30SM', 'combat aircraft', 'RU', ['Sukhoi Su-30SM']],
  ['su-24', 'Su-24', 'combat aircraft', 'RU', ['Sukhoi Su-24']],
  ['su-75', 'Su-75 Checkmate', 'combat aircraft', 'RU', ['Su-75', 'Sukhoi Checkmate'], ['Checkmate']],
  ['mig-29upg', 'MiG-29UPG', 'combat aircraft', 'RU', ['MiG-29 UPG']],
  ['mirage-2000-5', 'Mirage 2000-5', 'combat aircraft', 'FR', []],
  ['mirage-iii', 'Mirage III', 'combat aircraft', 'FR', ['Mirage-III', 'Mirage 3'], []],
  ['mirage-5', 'Mirage 5', 'combat aircraft', 'FR', ['Mirage V', 'Mirage-V']],
  ['f-7pg', 'F-7PG', 'combat aircraft', 'CN', ['F-7 PG']],
  ['jf-17-block-iii', 'JF-17 Block III', 'combat aircraft', 'PK', ['JF-17 Thunder Block III', 'JF-17 Block 3', 'JF-17C']],
  ['f-16-block-70', 'F-16 Block 70', 'combat aircraft', 'US', ['F-16 Block 70/72', 'F-16V', 'F-16 Viper']],
  ['f-15ex', 'F-15EX', 'combat aircraft', 'US', ['F-15EX Eagle II']],
  ['tu-22m3m', 'Tu-22M3M', 'combat aircraft', 'RU', []],
  ['il-38', 'Il-38', 'other', 'RU', ['Ilyushin Il-38']],
  ['tu-142', 'Tu-142', 'other', 'RU', ['Tupolev Tu-142']],
  ['hjt-36', 'HJT-36 Yashas', 'other', 'IN', ['HJT-36', 'Intermediate Jet Trainer', 'IJT'], ['Sitara', 'Yashas']],

  ['lca-navy', 'LCA Navy', 'combat aircraft', 'IN', ['Naval LCA', 'Tejas Navy', 'N-LCA', 'LCA (Navy)', 'Naval Tejas']],
  ['f-35a', 'F-35A', 'combat aircraft', 'US', []],
  ['f-35b', 'F-35B', 'combat aircraft', 'US', []],
  ['f-35c', 'F-35C', 'combat aircraft', 'US', []],
  ['gripen-e', 'Gripen E', 'combat aircraft', 'SE', ['Gripen E/F', 'JAS 39E', 'Gripen NG']],
  ['kaan', 'KAAN', 'combat aircraft', 'TR', ['TF-X', 'TAI KAAN', 'TAI TF-X']],
  ['fc-31', 'FC-31', 'combat aircraft', 'CN', ['J-31', 'FC-31 Gyrfalcon', 'Shenyang FC-31']],
  ['jh-7', 'JH-7', 'combat aircraft', 'CN', ['Xian JH-7', 'Flying Leopard']],
  ['jh-7a', 'JH-7A', 'combat aircraft', 'CN', []],
  ['h-6k', 'H-6K', 'combat aircraft', 'CN', ['Xian H-6K']],
  ['h-6n', 'H-6N', 'combat aircraft', 'CN', []],
  ['h-20', 'H-20', 'combat aircraft', 'CN', ['Xian H-20']],
  ['b-52', 'B-52', 'combat aircraft', 'US', ['B-52H', 'B-52 Stratofortress', 'B-52H Stratofortress']],
  ['b-1b', 'B-1B', 'combat aircraft', 'US', ['B-1B Lancer', 'B-1 Lancer']],
  // Not "B-2" alone: it is also a US visa.
  ['b-2', 'B-2 Spirit', 'combat aircraft', 'US', [], ['B-2']],
  ['b-21', 'B-21 Raider', 'combat aircraft', 'US', ['B-21']],
  ['ea-18g', 'EA-18G Growler', 'combat aircraft', 'US', ['EA-18G'], ['Growler']],
  ['kiran', 'HJT-16 Kiran', 'other', 'IN', ['HJT-16', 'Kiran Mk II'], ['Kiran']],

  ['fa-50', 'FA-50', 'combat aircraft', 'KR', ['KAI FA-50', 'FA-50 Fighting Eagle']],
  ['fa-50ph', 'FA-50PH', 'combat aircraft', 'KR', []],
  ['a-29-super-tucano', 'A-29 Super Tucano', 'combat aircraft', 'BR', ['Super Tucano', 'EMB 314']],

  ['tedbf', 'TEDBF', 'combat aircraft', 'IN', ['Twin Engine Deck Based Fighter', 'Twin Engine Deck-Based Fighter']],
  ['hansa-ng', 'Hansa-NG', 'other', 'IN', ['Hansa NG']],

  ['kf-21', 'KF-21 Boramae', 'combat aircraft', 'KR', ['KF-21', 'KF-X', 'Boramae']],
  ['hurjet', 'Hürjet', 'other', 'TR', ['Hurjet', 'TAI Hurjet', 'TAI Hürjet']],
  ['hurkus', 'Hürkuş', 'other', 'TR', ['Hurkus', 'TAI Hurkus']],

  // Transport, patrol and early-warning aircraft
  ['il-76', 'Il-76', 'transport aircraft', 'RU', ['Ilyushin Il-76']],
  ['il-78', 'Il-78', 'transport aircraft', 'RU', ['Ilyushin Il-78']],
  ['an-32', 'An-32', 'transport aircraft', 'UA', ['Antonov An-32', 'AN-32']],
  ['c-17', 'C-17 Globemaster', 'transport aircraft', 'US', ['C-17', 'C-17 Globemaster III', 'Globemaster']],
  ['c-130j', 'C-130J', 'transport aircraft', 'US', ['C-130J Super Hercules', 'Super Hercules']],
  ['mv-22-osprey', 'MV-22 Osprey', 'transport aircraft', 'US', ['MV-22', 'V-22 Osprey'], ['Osprey']],
  ['e-7-wedgetail', 'E-7 Wedgetail', 'radar', 'US', ['E-7A Wedgetail', 'Wedgetail']],
  ['c-295', 'C-295', 'transport aircraft', 'ES', ['Airbus C-295', 'C295MW', 'C-295MW']],
  ['atr-72', 'ATR-72', 'other', 'FR', ['ATR 72 MPA', 'ATR-72 MPA', 'ATR-72 maritime patrol aircraft']],
  ['dornier-228', 'Dornier 228', 'transport aircraft', 'DE', ['Do-228', 'Do 228', 'Dornier Do 228'], ['Dornier']],
  ['y-20', 'Y-20', 'transport aircraft', 'CN', ['Xian Y-20']],
  ['p-8i', 'P-8I', 'other', 'US', ['P-8I Poseidon', 'Boeing P-8I', 'P-8I Neptune']],
  ['p-8a', 'P-8A', 'other', 'US', ['P-8A Poseidon']],
  ['a-50', 'A-50', 'radar', 'RU', ['Beriev A-50']],
  ['phalcon', 'Phalcon', 'radar', 'IL', ['EL/W-2090']],
  ['netra', 'Netra', 'radar', 'IN', ['DRDO Netra'], ['Netra']],
  ['kj-500', 'KJ-500', 'radar', 'CN', []],
  ['erieye', 'Saab 2000 Erieye', 'radar', 'SE', ['Erieye', 'Saab Erieye']],
  ['swathi', 'Swathi', 'radar', 'IN', [], ['Swathi']],
  ['hawk', 'Hawk', 'other', 'GB', ['BAE Hawk', 'Hawk Mk132', 'Hawk AJT'], ['Hawk']],
  ['a330-mrtt', 'A330 MRTT', 'transport aircraft', 'FR', ['Airbus A330 MRTT', 'A330MRTT', 'MRTT', 'A330 Multi Role Tanker Transport', 'A330 Multi-Role Tanker Transport', 'Airbus A330 Multi Role Tanker Transport', 'Multi Role Tanker Transport']],
  ['il-76md-90a', 'Il-76MD-90A', 'transport aircraft', 'RU', []],
  ['avro-748', 'HS 748 Avro', 'transport aircraft', 'GB', ['HS 748', 'HS-748', 'Avro 748'], ['Avro']],
  ['mig-29k-kub', 'MiG-29KUB', 'combat aircraft', 'RU', []],
  ['kc-135', 'KC-135', 'transport aircraft', 'US', ['KC-135 Stratotanker']],
  ['mq-4c', 'MQ-4C Triton', 'drone', 'US', ['MQ-4C'], ['Triton']],
  ['rq-4', 'RQ-4 Global Hawk', 'drone', 'US', ['RQ-4', 'Global Hawk']],
  // "Hawkeye" alone names the family; "E-2C Hawkeye" and "E-2D Hawkeye" are variants of their own.
  ['e-2-hawkeye', 'E-2 Hawkeye', 'radar', 'US', [], ['Hawkeye', 'E-2']],
  ['e-2c', 'E-2C Hawkeye', 'radar', 'US', ['E-2C']],
  ['e-2d', 'E-2D Hawkeye', 'radar', 'US', ['E-2D', 'E-2D Advanced Hawkeye', 'Advanced Hawkeye']],
  ['embraer-netra', 'Netra Mk1A', 'radar', 'IN', ['Netra Mk-1A', 'Netra Mk II', 'Netra Mk2']],

  ['kj-2000', 'KJ-2000', 'radar', 'CN', []],
  ['zdk-03', 'ZDK-03', 'radar', 'CN', ['ZDK-03 Karakoram Eagle', 'Karakoram Eagle']],
  ['a-50u', 'A-50U', 'radar', 'RU', ['Beriev A-50U']],
  ['y-9', 'Y-9', 'transport aircraft', 'CN', ['Shaanxi Y-9']],
  ['y-8', 'Y-8', 'transport aircraft', 'CN', ['Shaanxi Y-8']],
  ['kc-46', 'KC-46 Pegasus', 'transport aircraft', 'US', ['KC-46', 'KC-46A', 'KC-46A Pegasus']],
  ['p-3c', 'P-3C Orion', 'other', 'US', ['P-3C', 'P-3 Orion']],
  ['arudhra', 'Arudhra', 'radar', 'IN', []],

  ['saras', 'Saras', 'transport aircraft', 'IN', ['NAL Saras', 'Saras Mk2', 'Saras MkII'], ['Saras']],
  ['ashwini', 'Ashwini', 'radar', 'IN', ['Ashwini LLTR'], ['Ashwini']],
  ['rohini', 'Rohini', 'radar', 'IN', [], ['Rohini']],
  ['bharani', 'Bharani', 'radar', 'IN', [], ['Bharani']],
  ['aslesha', 'Aslesha', 'radar', 'IN', ['Aslesha Mk1'], ['Aslesha']],
  ['uttam', 'Uttam', 'radar', 'IN', ['Uttam AESA'], ['Uttam']],

  ['mc-21', 'MC-21', 'transport aircraft', 'RU', ['Irkut MC-21', 'MC-21-300', 'MC-21-310']],
  ['fgfa', 'FGFA', 'combat aircraft', 'RU', []],
  ['a400m', 'A400M', 'transport aircraft', 'FR', ['Airbus A400M', 'A400M Atlas']],

  // Helicopters
  ['mi-17', 'Mi-17', 'helicopter', 'RU', ['Mil Mi-17']],
  ['mi-8', 'Mi-8', 'helicopter', 'RU', ['Mil Mi-8']],
  ['mi-17v5', 'Mi-17V5', 'helicopter', 'RU', ['Mi-17 V5', 'Mi-17V-5', 'Mi-17-V5', 'Mil Mi-17V5']],
  ['mi-171sh', 'Mi-171Sh', 'helicopter', 'RU', ['Mi-171SH', 'Mi-171 Sh']],
  ['mi-8amtsh', 'Mi-8AMTSh', 'helicopter', 'RU', ['Mi-8AMTSH', 'Mi-8 AMTSh']],
  ['mi-8mtv', 'Mi-8MTV', 'helicopter', 'RU', []],
  ['mi-24', 'Mi-24', 'helicopter', 'RU', ['Mil Mi-24', 'Mi-24 Hind'], ['Hind']],
  ['mi-25', 'Mi-25', 'helicopter', 'RU', []],
  ['ka-28', 'Ka-28', 'helicopter', 'RU', ['Kamov Ka-28']],
  ['ah-1z-viper', 'AH-1Z Viper', 'helicopter', 'US', ['AH-1Z']],
  ['t129-atak', 'T129 ATAK', 'helicopter', 'TR', ['T-129 ATAK', 'T129', 'T-129']],
  ['z-10me', 'Z-10ME', 'helicopter', 'CN', []],
  ['z-9', 'Z-9', 'helicopter', 'CN', ['Harbin Z-9']],
  ['sea-king', 'Sea King', 'helicopter', 'GB', ['Westland Sea King']],
  ['nuh', 'Naval Utility Helicopter', 'helicopter', 'IN', [], ['NUH']],
  ['mi-26', 'Mi-26', 'helicopter', 'RU', ['Mil Mi-26']],
  ['mi-35', 'Mi-35', 'helicopter', 'RU', ['Mil Mi-35']],
  ['mi-28', 'Mi-28', 'helicopter', 'RU', ['Mil Mi-28']],
  ['ka-226t', 'Ka-226T', 'helicopter', 'RU', ['Kamov Ka-226T', 'Kamov 226T', 'Kamov-226T']],
  ['ka-31', 'Ka-31', 'helicopter', 'RU', ['Kamov Ka-31', 'Kamov-31']],
  ['ka-52', 'Ka-52', 'helicopter', 'RU', ['Kamov Ka-52', 'Ka-52 Alligator']],
  ['ah-64e-apache', 'AH-64E Apache', 'helicopter', 'US', ['AH-64E', 'Apache AH-64E', 'AH-64 Apache', 'Apache AH-64', 'AH-64', 'Apache Guardian'], ['Apache']],
  ['chinook', 'Chinook', 'helicopter', 'US', ['CH-47F Chinook', 'CH-47F', 'CH-47 Chinook', 'CH-47']],
  ['mh-60r', 'MH-60R', 'helicopter', 'US', ['MH-60R Seahawk', 'MH-60 Romeo', 'MH-60R Romeo'], ['Romeo', 'Seahawk']],
  ['z-10', 'Z-10', 'helicopter', 'CN', ['Harbin Z-10']],
  ['z-20', 'Z-20', 'helicopter', 'CN', ['Harbin Z-20']],
  ['dhruv', 'Dhruv', 'helicopter', 'IN', ['ALH Dhruv', 'Dhruv ALH', 'Advanced Light Helicopter'], ['Dhruv', 'ALH']],
  ['rudra', 'Rudra', 'helicopter', 'IN', ['ALH Rudra'], ['Rudra']],
  ['prachand', 'Prachand', 'helicopter', 'IN', ['LCH Prachand', 'Light Combat Helicopter', 'LCH']],
  ['uh-60-black-hawk', 'UH-60 Black Hawk', 'helicopter', 'US', ['UH-60', 'Black Hawk', 'Blackhawk']],
  ['cheetah', 'Cheetah', 'helicopter', 'IN', ['HAL Cheetah'], ['Cheetah']],
  ['chetak', 'Chetak', 'helicopter', 'IN', ['HAL Chetak'], ['Chetak']],
  ['luh', 'LUH', 'helicopter', 'IN', ['Light Utility Helicopter', 'HAL LUH']],

  ['alh-mk-iii', 'ALH Mk III', 'helicopter', 'IN', ['ALH Mk-III', 'ALH Mk 3', 'Dhruv Mk III', 'Dhruv Mk-III', 'ALH Dhruv Mk III']],
  ['z-8', 'Z-8', 'helicopter', 'CN', ['Changhe Z-8']],
  ['z-18', 'Z-18', 'helicopter', 'CN', ['Changhe Z-18']],
  ['h225m', 'H225M Caracal', 'helicopter', 'FR', ['H225M', 'EC725 Caracal', 'EC725']],
  ['nh90', 'NH90', 'helicopter', 'FR', ['NH-90']],
  ['mi-28nm', 'Mi-28NM', 'helicopter', 'RU', ['Mi-28NM Night Hunter']],

  ['imrh', 'IMRH', 'helicopter', 'IN', ['Indian Multi Role Helicopter', 'Indian Multi-Role Helicopter']],
  ['cheetal', 'Cheetal', 'helicopter', 'IN', ['HAL Cheetal'], ['Cheetal']],
  ['aw101', 'AW101', 'helicopter', 'IT', ['AgustaWestland AW101', 'AW-101'], ['Merlin']],

  // Armour
  ['t-90', 'T-90', 'armour', 'RU', ['T-90 Bhishma'], ['Bhishma']],
  ['t-72', 'T-72', 'armour', 'RU', ['T-72 Ajeya'], ['Ajeya']],
  ['t-14-armata', 'T-14 Armata', 'armour', 'RU', ['T-14'], ['Armata']],
  ['bmp-2', 'BMP-2', 'armour', 'RU', ['BMP-2 Sarath']],
  ['bmp-3', 'BMP-3', 'armour', 'RU', []],
  ['arjun', 'Arjun', 'armour', 'IN', [], ['Arjun']],
  ['arjun-mk1a', 'Arjun Mk1A', 'armour', 'IN', ['Arjun Mk-1A', 'Arjun Mark 1A']],
  ['zorawar', 'Zorawar', 'armour', 'IN', ['Zorawar light tank'], ['Zorawar']],
  ['bradley', 'Bradley', 'armour', 'US', ['M2 Bradley'], ['Bradley']],
  ['tos-1a', 'TOS-1A', 'artillery', 'RU', ['TOS-1', 'TOS-1A Solntsepyok']],
  ['m1-abrams', 'M1 Abrams', 'armour', 'US', ['M1A2 Abrams'], ['Abrams']],
  ['stryker', 'Stryker', 'armour', 'US', [], ['Stryker']],
  ['leopard-2', 'Leopard 2', 'armour', 'DE', ['Leopard-2', 'Leopard 2A6', 'Leopard 2A7']],
  ['type-99', 'Type 99', 'armour', 'CN', ['ZTZ-99', 'Type 99A']],
  ['type-15', 'Type 15', 'armour', 'CN', ['ZTQ-15']],
  ['vt-4', 'VT-4', 'armour', 'CN', ['VT-4 Haider'], ['Haider']],
  ['al-khalid', 'Al-Khalid', 'armour', 'PK', [], ['Al-Khalid', 'Al Khalid']],
  ['t-90m', 'T-90M', 'armour', 'RU', ['T-90M Proryv'], ['Proryv']],
  ['t-90ms', 'T-90MS', 'armour', 'RU', []],
  ['t-90s', 'T-90S', 'armour', 'RU', []],
  ['t-72b3', 'T-72B3', 'armour', 'RU', []],
  ['t-80', 'T-80', 'armour', 'RU', []],
  ['btr-82a', 'BTR-82A', 'armour', 'RU', []],
  ['bmd-4m', 'BMD-4M', 'armour', 'RU', []],
  ['type-96', 'Type 96', 'armour', 'CN', ['ZTZ-96']],
  ['al-zarrar', 'Al-Zarrar', 'armour', 'PK', [], ['Al-Zarrar', 'Al Zarrar']],
  ['nag-mk2', 'NAMIS', 'armour', 'IN', ['Nag Missile Carrier', 'NAMICA carrier']],
  ['frcv', 'FRCV', 'armour', 'IN', ['Future Ready Combat Vehicle']],
  ['sprut-sd', 'Sprut-SD', 'armour', 'RU', ['2S25 Sprut-SD', '2S25', 'Sprut-SDM1']],
  ['bmp-1', 'BMP-1', 'armour', 'RU', []],
  ['bmpt', 'BMPT Terminator', 'armour', 'RU', ['BMPT', 'BMPT-72', 'Terminator-2']],

  ['t-72b3m', 'T-72B3M', 'armour', 'RU', []],
  ['al-khalid-i', 'Al-Khalid-I', 'armour', 'PK', ['Al Khalid-I', 'Al-Khalid 1', 'Al Khalid I']],
  ['zbd-04', 'ZBD-04', 'armour', 'CN', ['Type 04 IFV']],

  ['whap', 'WhAP', 'armour', 'IN', ['Wheeled Armoured Platform', 'Kestrel']],

  ['challenger-2', 'Challenger 2', 'armour', 'GB', ['Challenger-2', 'Challenger 2 tank']],
  ['marder', 'Marder', 'armour', 'DE', ['Marder 1A3'], ['Marder']],

  // Not "K2" alone: it is also the mountain.
  ['k2-black-panther', 'K2 Black Panther', 'armour', 'KR', ['K-2 Black Panther'], ['Black Panther']],
  ['redback', 'Redback', 'armour', 'KR', ['AS21 Redback'], ['Redback']],
  ['altay', 'Altay', 'armour', 'TR', [], ['Altay']],
  ['merkava', 'Merkava', 'armour', 'IL', []],
  ['leclerc', 'Leclerc', 'armour', 'FR', [], ['Leclerc']],
  ['boxer', 'Boxer', 'armour', 'DE', ['Boxer CRV'], ['Boxer']],
  ['bushmaster', 'Bushmaster', 'armour', 'AU', ['Bushmaster PMV'], ['Bushmaster']],
  ['hawkei', 'Hawkei', 'armour', 'AU', []],

  // Artillery
  ['m777', 'M777', 'artillery', 'US', ['M-777']],
  ['k9-vajra', 'K9 Vajra', 'artillery', 'KR', ['K9 Vajra-T', 'K-9 Vajra'], ['Vajra']],
  ['k9-thunder', 'K9 Thunder', 'artillery', 'KR', ['K-9 Thunder']],
  ['as9-huntsman', 'AS9 Huntsman', 'artillery', 'AU', ['Huntsman']],
  ['pinaka', 'Pinaka', 'artillery', 'IN', []],
  ['dhanush', 'Dhanush', 'artillery', 'IN', [], ['Dhanush']],
  ['atags', 'ATAGS', 'artillery', 'IN', ['Advanced Towed Artillery Gun System']],
  ['caesar', 'CAESAR', 'artillery', 'FR', [], ['CAESAR', 'Caesar']],
  ['smerch', 'Smerch', 'artillery', 'RU', ['BM-30 Smerch', 'BM-30']],
  ['bm-21-grad', 'BM-21 Grad', 'artillery', 'RU', ['BM-21'], ['Grad']],
  ['himars', 'HIMARS', 'artillery', 'US', ['M142 HIMARS', 'M142']],
  ['prsm', 'PrSM', 'missile', 'US', ['Precision Strike Missile']],
  ['dark-eagle', 'Dark Eagle', 'missile', 'US', ['Long-Range Hypersonic Weapon', 'LRHW']],
  ['sh-15', 'SH-15', 'artillery', 'CN', []],
  ['bofors', 'Bofors FH77B', 'artillery', 'SE', ['FH77B', 'FH-77B', 'Bofors gun', 'Bofors howitzer'], ['Bofors']],
  ['pcl-181', 'PCL-181', 'artillery', 'CN', []],
  ['msta-s', '2S19 Msta-S', 'artillery', 'RU', ['Msta-S', '2S19']],
  ['tornado-s', 'Tornado-S', 'artillery', 'RU', ['9K515 Tornado-S']],
  ['uragan', 'BM-27 Uragan', 'artillery', 'RU', ['BM-27', '9K57 Uragan'], ['Uragan']],
  ['a-100-mrl', 'A-100', 'artillery', 'CN', ['A-100 MRL', 'A100 rocket system']],
  ['phl-03', 'PHL-03', 'artillery', 'CN', []],
  ['pinaka-mk-ii', 'Pinaka Mk-II', 'artillery', 'IN', ['Pinaka Mk II', 'Pinaka Mk2', 'Pinaka Mark II']],
  ['sharang', 'Sharang', 'artillery', 'IN', [], ['Sharang']],
  ['m109', 'M109', 'artillery', 'US', ['M109 Paladin']],

  ['phl-16', 'PHL-16', 'artillery', 'CN', ['PCH-191']],

  ['pzh-2000', 'PzH 2000', 'artillery', 'DE', ['PzH-2000', 'Panzerhaubitze 2000']],

  ['koalitsiya-sv', '2S35 Koalitsiya-SV', 'artillery', 'RU', ['Koalitsiya-SV', '2S35']],
  ['firtina', 'T-155 Firtina', 'artillery', 'TR', ['Firtina', 'Fırtına', 'T-155']],
  ['chunmoo', 'K239 Chunmoo', 'artillery', 'KR', ['K239', 'Chunmoo']],

  // Submarines
  ['kilo-class-submarine', 'Kilo-class submarine', 'submarine', 'RU', ['Kilo-class', 'Sindhughosh-class submarine', 'Sindhughosh-class', 'Project 877EKM'], ['Kilo', 'Sindhughosh']],
  ['akula-class-submarine', 'Akula-class submarine', 'submarine', 'RU', ['Akula-class', 'Project 971'], ['Akula']],
  ['ins-chakra', 'INS Chakra', 'submarine', 'RU', []],
  ['yasen-class-submarine', 'Yasen-class submarine', 'submarine', 'RU', ['Yasen-class', 'Project 885'], ['Yasen']],
  ['borei-class-submarine', 'Borei-class submarine', 'submarine', 'RU', ['Borei-class', 'Borey-class', 'Project 955'], ['Borei', 'Borey']],
  ['scorpene-class-submarine', 'Scorpene-class submarine', 'submarine', 'FR', ['Scorpene-class', 'Scorpène-class', 'Scorpène-class submarine', 'Kalvari-class submarine', 'Kalvari-class', 'Project 75', 'P-75'], ['Scorpene', 'Scorpène', 'Kalvari']],
  ['project-75i', 'Project 75I', 'submarine', 'IN', ['Project-75 India', 'P-75I', 'P75I']],
  // "INS Arihant" is the boat, which the named-ship finder reports; the class is named by its class word.
  ['arihant-class-submarine', 'Arihant-class submarine', 'submarine', 'IN', ['Arihant-class'], ['Arihant']],
  ['agosta-90b', 'Agosta 90B', 'submarine', 'FR', ['Agosta-90B', 'Khalid-class submarine']],
  ['type-039a', 'Type 039A', 'submarine', 'CN', ['Yuan-class submarine', 'Yuan-class']],
  ['hangor-class-submarine', 'Hangor-class submarine', 'submarine', 'CN', ['Hangor-class', 'S26', 'S-26'], ['Hangor']],
  ['type-214', 'Type 214', 'submarine', 'DE', []],
  ['type-035', 'Type 035', 'submarine', 'CN', ['Ming-class', 'Ming-class submarine']],
  ['type-039b', 'Type 039B', 'submarine', 'CN', ['Yuan-class Type 039B']],
  ['lada-class-submarine', 'Lada-class submarine', 'submarine', 'RU', ['Lada-class', 'Amur-1650', 'Project 677']],
  ['project-636', 'Project 636', 'submarine', 'RU', ['Project 636.3', 'Improved Kilo', 'Varshavyanka-class']],

  ['borei-a-class-submarine', 'Borei-A-class submarine', 'submarine', 'RU', ['Borei-A', 'Borey-A', 'Project 955A']],
  ['yasen-m-class-submarine', 'Yasen-M-class submarine', 'submarine', 'RU', ['Yasen-M', 'Project 885M']],
  ['type-096', 'Type 096', 'submarine', 'CN', ['Tang-class', 'Tang-class submarine']],
  ['barracuda-class-submarine', 'Barracuda-class submarine', 'submarine', 'FR', ['Barracuda-class', 'Suffren-class', 'Suffren-class submarine']],

  ['ins-aridhaman', 'INS Aridhaman', 'submarine', 'IN', ['S4'], ['Aridhaman']],

  ['virginia-class-submarine', 'Virginia-class submarine', 'submarine', 'US', ['Virginia-class', 'Virginia class submarine']],
  ['columbia-class-submarine', 'Columbia-class submarine', 'submarine', 'US', ['Columbia-class']],
  ['ohio-class-submarine', 'Ohio-class submarine', 'submarine', 'US', ['Ohio-class']],
  ['los-angeles-class-submarine', 'Los Angeles-class submarine', 'submarine', 'US', ['Los Angeles-class']],
  ['astute-class-submarine', 'Astute-class submarine', 'submarine', 'GB', ['Astute-class']],
  ['dreadnought-class-submarine', 'Dreadnought-class submarine', 'submarine', 'GB', ['Dreadnought-class']],
  ['collins-class-submarine', 'Collins-class submarine', 'submarine', 'AU', ['Collins-class']],
  ['soryu-class-submarine', 'Soryu-class submarine', 'submarine', 'JP', ['Soryu-class', 'Sōryū-class']],

  ['project-75-alpha', 'Project 75 Alpha', 'submarine', 'IN', ['P-75 Alpha', 'P-75A', 'P75A']],
  ['reis-class-submarine', 'Reis-class submarine', 'submarine', 'TR', ['Reis-class', 'Type 214TN']],
  ['kss-iii', 'KSS-III', 'submarine', 'KR', ['Dosan Ahn Changho-class', 'Dosan Ahn Chang-ho-class', 'Jangbogo-III', 'Jang Bogo-III']],
  ['taigei-class-submarine', 'Taigei-class submarine', 'submarine', 'JP', ['Taigei-class']],

  // Surface ships and carriers
  // The second batch of three Talwars (INS Teg, Tarkash, Trikand), reported as a class of its own.
  ['teg-class-frigate', 'Teg-class frigate', 'surface ship', 'RU', ['Teg-class']],
  ['talwar-class-frigate', 'Talwar-class frigate', 'surface ship', 'RU', ['Talwar-class', 'Project 1135.6 frigate', 'Project 1135.6', 'Krivak III', 'Krivak III-class', 'Krivak-class'], ['Talwar']],
  // The Talwar follow-ons built in Russia (INS Tushil, INS Tamal) are the Russian Navy's Project 11356 class.
  ['admiral-grigorovich-class-frigate', 'Admiral Grigorovich-class frigate', 'surface ship', 'RU', [
    'Admiral Grigorovich-class',
    'Grigorovich-class frigate',
    'Grigorovich-class',
    'Project 11356',
    'Project 11356 frigate',
    'Project 11356R',
    'Project 11356M',
    'Krivak IV',
    'Tushil-class',
    'Tushil-class frigate',
  ]],
  ['admiral-gorshkov-class-frigate', 'Admiral Gorshkov-class frigate', 'surface ship', 'RU', ['Admiral Gorshkov-class', 'Gorshkov-class', 'Project 22350']],
  ['steregushchiy-class-corvette', 'Steregushchiy-class corvette', 'surface ship', 'RU', ['Steregushchiy-class', 'Project 20380']],
  ['type-056', 'Type 056', 'surface ship', 'CN', ['Jiangdao-class']],
  ['babur-class-corvette', 'Babur-class corvette', 'surface ship', 'TR', ['Babur-class', 'MILGEM']],
  ['jinnah-class-frigate', 'Jinnah-class frigate', 'surface ship', 'PK', ['Jinnah-class']],
  ['project-17b', 'Project 17B', 'surface ship', 'IN', ['P-17B']],
  ['project-18-destroyer', 'Project 18 destroyer', 'surface ship', 'IN', ['Project 18', 'P-18 destroyer', 'Next Generation Destroyer']],
  ['ins-arighaat', 'INS Arighaat', 'submarine', 'IN', [], ['Arighaat']],
  ['delhi-class-destroyer', 'Delhi-class destroyer', 'surface ship', 'IN', ['Delhi-class', 'Project 15']],
  ['rajput-class-destroyer', 'Rajput-class destroyer', 'surface ship', 'RU', ['Rajput-class', 'Kashin-class', 'Kashin II']],
  ['brahmaputra-class-frigate', 'Brahmaputra-class frigate', 'surface ship', 'IN', ['Brahmaputra-class', 'Project 16A']],
  ['shishumar-class-submarine', 'Shishumar-class submarine', 'submarine', 'DE', ['Shishumar-class', 'Type 209/1500', 'Type 209'], ['Shishumar']],
  ['admiral-kuznetsov', 'Admiral Kuznetsov', 'aircraft carrier', 'RU', ['Project 1143.5'], []],
  ['type-052c', 'Type 052C', 'surface ship', 'CN', ['Luyang II', 'Luyang-II']],
  ['type-071', 'Type 071', 'surface ship', 'CN', ['Yuzhao-class']],
  ['type-076', 'Type 076', 'surface ship', 'CN', []],
  ['type-094', 'Type 094', 'submarine', 'CN', ['Jin-class', 'Jin-class submarine']],
  ['type-093', 'Type 093', 'submarine', 'CN', ['Shang-class', 'Shang-class submarine']],
  ['zulfiquar-class-frigate', 'Zulfiquar-class frigate', 'surface ship', 'CN', ['Zulfiquar-class', 'F-22P']],
  ['azmat-class', 'Azmat-class fast attack craft', 'surface ship', 'CN', ['Azmat-class']],
  ['kolkata-class-destroyer', 'Kolkata-class destroyer', 'surface ship', 'IN', ['Kolkata-class', 'Project 15A', 'P-15A', 'P15A']],
  ['visakhapatnam-class-destroyer', 'Visakhapatnam-class destroyer', 'surface ship', 'IN', ['Visakhapatnam-class', 'Project 15B', 'P-15B', 'P15B']],
  ['nilgiri-class-frigate', 'Nilgiri-class frigate', 'surface ship', 'IN', ['Nilgiri-class', 'Project 17A', 'P-17A', 'P17A']],
  ['shivalik-class-frigate', 'Shivalik-class frigate', 'surface ship', 'IN', ['Shivalik-class']],
  ['kamorta-class-corvette', 'Kamorta-class corvette', 'surface ship', 'IN', ['Kamorta-class']],
  ['type-075', 'Type 075', 'surface ship', 'CN', ['Yushen-class']],
  ['type-054a', 'Type 054A', 'surface ship', 'CN', ['Jiangkai II', 'Jiangkai-II']],
  // Pakistan's variant, written with its "/P" (the matcher takes the suffix on when the catalogue knows the spelling).
  ['type-054a-p', 'Type 054A/P', 'surface ship', 'CN', ['Tughril-class', 'Tughril-class frigate']],
  ['type-055', 'Type 055', 'surface ship', 'CN', ['Renhai-class']],
  ['type-052d', 'Type 052D', 'surface ship', 'CN', ['Luyang III', 'Luyang-III']],
  ['ins-vikramaditya', 'INS Vikramaditya', 'aircraft carrier', 'RU', ['former Admiral Gorshkov'], ['Vikramaditya']],
  ['ins-vikrant', 'INS Vikrant', 'aircraft carrier', 'IN', ['IAC-1'], ['Vikrant']],
  ['liaoning', 'Liaoning', 'aircraft carrier', 'CN', ['CNS Liaoning', 'Type 001'], ['Liaoning']],
  ['shandong', 'Shandong', 'aircraft carrier', 'CN', ['CNS Shandong', 'Type 002'], ['Shandong']],
  ['fujian', 'Fujian', 'aircraft carrier', 'CN', ['CNS Fujian', 'Type 003'], ['Fujian']],

  ['buyan-m-class-corvette', 'Buyan-M-class corvette', 'surface ship', 'RU', ['Buyan-M', 'Buyan-M-class', 'Project 21631']],
  ['karakurt-class-corvette', 'Karakurt-class corvette', 'surface ship', 'RU', ['Karakurt-class', 'Project 22800']],
  ['kirov-class-cruiser', 'Kirov-class cruiser', 'surface ship', 'RU', ['Kirov-class', 'Kirov-class battlecruiser', 'Project 1144']],
  ['slava-class-cruiser', 'Slava-class cruiser', 'surface ship', 'RU', ['Slava-class', 'Project 1164']],
  ['moskva', 'Moskva', 'surface ship', 'RU', [], ['Moskva']],
  ['admiral-grigorovich', 'Admiral Grigorovich', 'surface ship', 'RU', []],
  // Chinese tracking, research and survey ships whose port calls in South Asia make news.
  ['yuan-wang-5', 'Yuan Wang 5', 'surface ship', 'CN', ['Yuan Wang-5', 'Yuanwang 5', 'Yuan Wang V']],
  ['yuan-wang-6', 'Yuan Wang 6', 'surface ship', 'CN', ['Yuan Wang-6', 'Yuanwang 6']],
  ['yuan-wang-7', 'Yuan Wang 7', 'surface ship', 'CN', ['Yuan Wang-7', 'Yuanwang 7']],
  ['shi-yan-6', 'Shi Yan 6', 'surface ship', 'CN', ['Shiyan 6', 'Shi Yan-6']],
  ['xiang-yang-hong-03', 'Xiang Yang Hong 03', 'surface ship', 'CN', ['Xiang Yang Hong 3', 'Xiangyanghong 03']],
  ['changzheng-2', 'Changzheng-2', 'submarine', 'CN', ['Changzheng 2', 'Chang Zheng 2']],

  ['yarmook-class', 'Yarmook-class offshore patrol vessel', 'surface ship', 'NL', ['Yarmook-class', 'Yarmook-class OPV', 'Yarmook-class corvette']],
  ['jose-rizal-class', 'Jose Rizal-class frigate', 'surface ship', 'KR', ['Jose Rizal-class']],

  ['godavari-class-frigate', 'Godavari-class frigate', 'surface ship', 'IN', ['Godavari-class']],
  ['saryu-class', 'Saryu-class patrol vessel', 'surface ship', 'IN', ['Saryu-class']],
  ['sukanya-class', 'Sukanya-class patrol vessel', 'surface ship', 'IN', ['Sukanya-class']],
  ['ngopv', 'NGOPV', 'surface ship', 'IN', ['Next Generation Offshore Patrol Vessel', 'Next Generation Offshore Patrol Vessels']],
  ['ngmv', 'NGMV', 'surface ship', 'IN', ['Next Generation Missile Vessel', 'Next Generation Missile Vessels']],
  ['asw-swc', 'ASW-SWC', 'surface ship', 'IN', ['Anti-Submarine Warfare Shallow Water Craft', 'Arnala-class', 'Mahe-class']],
  ['shardul-class', 'Shardul-class landing ship', 'surface ship', 'IN', ['Shardul-class']],
  ['sandhayak-class', 'Sandhayak-class survey vessel', 'surface ship', 'IN', ['Sandhayak-class']],

  ['arleigh-burke-class-destroyer', 'Arleigh Burke-class destroyer', 'surface ship', 'US', ['Arleigh Burke-class', 'Arleigh Burke class destroyer']],
  ['ticonderoga-class-cruiser', 'Ticonderoga-class cruiser', 'surface ship', 'US', ['Ticonderoga-class']],
  ['zumwalt-class-destroyer', 'Zumwalt-class destroyer', 'surface ship', 'US', ['Zumwalt-class']],
  ['littoral-combat-ship', 'Littoral Combat Ship', 'surface ship', 'US', ['LCS']],
  ['nimitz-class-carrier', 'Nimitz-class aircraft carrier', 'aircraft carrier', 'US', ['Nimitz-class', 'Nimitz-class carrier']],
  ['ford-class-carrier', 'Gerald R. Ford-class aircraft carrier', 'aircraft carrier', 'US', ['Gerald R. Ford-class', 'Ford-class', 'Ford-class carrier']],
  ['queen-elizabeth-class-carrier', 'Queen Elizabeth-class aircraft carrier', 'aircraft carrier', 'GB', ['Queen Elizabeth-class']],
  ['charles-de-gaulle', 'Charles de Gaulle', 'aircraft carrier', 'FR', ['FS Charles de Gaulle'], ['Charles de Gaulle']],
  ['fremm', 'FREMM', 'surface ship', 'FR', ['FREMM frigate', 'Aquitaine-class']],
  ['mistral-class', 'Mistral-class amphibious assault ship', 'surface ship', 'FR', ['Mistral-class']],
  ['izumo-class', 'Izumo-class destroyer', 'surface ship', 'JP', ['Izumo-class']],
  ['mogami-class', 'Mogami-class frigate', 'surface ship', 'JP', ['Mogami-class']],
  ['hunter-class', 'Hunter-class frigate', 'surface ship', 'AU', ['Hunter-class']],
  ['anzac-class', 'Anzac-class frigate', 'surface ship', 'AU', ['Anzac-class']],
  ['type-45', 'Type 45 destroyer', 'surface ship', 'GB', ['Type 45', 'Daring-class']],
  ['type-26', 'Type 26 frigate', 'surface ship', 'GB', ['Type 26', 'City-class frigate']],

  ['udaloy-class-destroyer', 'Udaloy-class destroyer', 'surface ship', 'RU', ['Udaloy-class', 'Project 1155']],
  ['sovremenny-class-destroyer', 'Sovremenny-class destroyer', 'surface ship', 'RU', ['Sovremenny-class', 'Project 956']],
  // The lead ship of Project 22350, which fires the Zircon; India's carrier was the former Admiral Gorshkov.
  ['admiral-gorshkov', 'Admiral Gorshkov', 'surface ship', 'RU', []],
  ['belharra-class-frigate', 'Belharra-class frigate', 'surface ship', 'FR', ['Belharra-class', 'FDI frigate', 'FDI HN'], ['Belharra', 'FDI']],
  ['gowind-class-corvette', 'Gowind-class corvette', 'surface ship', 'FR', ['Gowind-class', 'Gowind 2500'], ['Gowind']],
  ['ada-class-corvette', 'Ada-class corvette', 'surface ship', 'TR', ['Ada-class']],
  ['atago-class-destroyer', 'Atago-class destroyer', 'surface ship', 'JP', ['Atago-class']],
  ['kongo-class-destroyer', 'Kongo-class destroyer', 'surface ship', 'JP', ['Kongo-class', 'Kongō-class']],
  ['maya-class-destroyer', 'Maya-class destroyer', 'surface ship', 'JP', ['Maya-class']],
  ['hobart-class-destroyer', 'Hobart-class destroyer', 'surface ship', 'AU', ['Hobart-class']],
  ['khukri-class-corvette', 'Khukri-class corvette', 'surface ship', 'IN', ['Khukri-class']],
  ['kora-class-corvette', 'Kora-class corvette', 'surface ship', 'IN', ['Kora-class']],
  ['deepak-class-tanker', 'Deepak-class fleet tanker', 'surface ship', 'IN', ['Deepak-class']],

  // Missiles
  ['brahmos', 'BrahMos', 'missile', 'IN', []],
  ['brahmos-ng', 'BrahMos-NG', 'missile', 'IN', ['BrahMos NG']],
  ['kalibr', 'Kalibr', 'missile', 'RU', ['3M-54 Kalibr', '3M-54', '3M-14']],
  ['klub-s', 'Klub-S', 'missile', 'RU', ['Club-S', '3M-54E']],
  ['klub-n', 'Klub-N', 'missile', 'RU', ['Club-N', '3M-54E1']],
  ['kalibr-nk', 'Kalibr-NK', 'missile', 'RU', ['Kalibr NK', '3M-14T']],
  ['yars', 'RS-24 Yars', 'missile', 'RU', ['RS-24'], ['Yars']],
  ['iskander', 'Iskander', 'missile', 'RU', ['Iskander-M', '9K720', 'SS-26 Stone']],
  ['zircon', 'Zircon', 'missile', 'RU', ['Tsirkon', '3M22 Zircon', '3M22'], ['Zircon']],
  ['kinzhal', 'Kinzhal', 'missile', 'RU', ['Kh-47M2 Kinzhal', 'Kh-47M2']],
  ['sarmat', 'RS-28 Sarmat', 'missile', 'RU', ['RS-28', 'Sarmat']],
  ['avangard', 'Avangard', 'missile', 'RU', [], ['Avangard']],
  ['bulava', 'Bulava', 'missile', 'RU', ['RSM-56 Bulava']],
  ['kornet', 'Kornet', 'missile', 'RU', ['9M133 Kornet', 'Kornet-E']],
  ['konkurs', 'Konkurs', 'missile', 'RU', ['9M113 Konkurs', '9M113']],
  ['invar', 'Invar', 'missile', 'RU', ['9M119 Invar'], ['Invar']],
  ['meteor', 'Meteor', 'missile', 'FR', ['MBDA Meteor'], ['Meteor']],
  ['scalp', 'SCALP', 'missile', 'FR', ['SCALP-EG', 'Storm Shadow', 'SCALP EG']],
  ['exocet', 'Exocet', 'missile', 'FR', ['SM39 Exocet', 'MM40 Exocet']],
  ['mica', 'MICA', 'missile', 'FR', ['MBDA MICA'], ['MICA']],
  ['spike', 'Spike', 'missile', 'IL', ['Spike-LR', 'Spike NLOS'], ['Spike']],
  ['python-5', 'Python-5', 'missile', 'IL', []],
  ['derby', 'Derby', 'missile', 'IL', ['I-Derby ER'], ['Derby']],
  ['rampage', 'Rampage', 'missile', 'IL', [], ['Rampage']],
  ['javelin', 'Javelin', 'missile', 'US', ['FGM-148 Javelin', 'FGM-148'], ['Javelin']],
  ['harpoon', 'Harpoon', 'missile', 'US', ['AGM-84 Harpoon', 'RGM-84 Harpoon'], ['Harpoon']],
  ['tomahawk', 'Tomahawk', 'missile', 'US', ['BGM-109 Tomahawk'], ['Tomahawk']],
  ['df-21d', 'DF-21D', 'missile', 'CN', ['Dongfeng-21D']],
  ['df-17', 'DF-17', 'missile', 'CN', ['Dongfeng-17']],
  ['df-26', 'DF-26', 'missile', 'CN', ['Dongfeng-26']],
  ['df-41', 'DF-41', 'missile', 'CN', ['Dongfeng-41']],
  ['yj-12', 'YJ-12', 'missile', 'CN', ['YingJi-12']],
  ['pl-15', 'PL-15', 'missile', 'CN', []],
  ['agni-v', 'Agni-V', 'missile', 'IN', ['Agni V', 'Agni-5', 'Agni 5']],
  ['prithvi', 'Prithvi', 'missile', 'IN', [], ['Prithvi']],
  ['prithvi-ii', 'Prithvi-II', 'missile', 'IN', ['Prithvi II', 'Prithvi-2', 'Prithvi 2']],
  ['nirbhay', 'Nirbhay', 'missile', 'IN', [], ['Nirbhay']],
  ['astra', 'Astra', 'missile', 'IN', ['Astra Mk1', 'Astra Mk-1', 'Astra BVRAAM'], ['Astra']],
  ['nag', 'Nag', 'missile', 'IN', ['NAMICA'], ['Nag']],
  ['helina', 'HELINA', 'missile', 'IN', ['Helina', 'Dhruvastra']],
  ['milan', 'MILAN', 'missile', 'FR', ['Milan 2T', 'MILAN 2T'], ['Milan', 'MILAN']],
  ['babur', 'Babur', 'missile', 'PK', ['Hatf-VII'], ['Babur', 'Babar']],
  ['babur-1a', 'Babur-1A', 'missile', 'PK', ['Babur 1A', 'Babur-IA', 'Babur IA']],
  ['babur-1b', 'Babur-1B', 'missile', 'PK', ['Babur 1B', 'Babur-IB', 'Babur Weapon System-1B', 'Babur Weapon System 1B']],
  ['shaheen-iii', 'Shaheen-III', 'missile', 'PK', ['Shaheen III', 'Shaheen-3', 'Shaheen 3']],
  ['ghauri', 'Ghauri', 'missile', 'PK', ['Hatf-V'], ['Ghauri']],
  ['nasr', 'Nasr', 'missile', 'PK', ['Hatf-IX', 'Hatf IX'], ['Nasr']],
  ['ababeel', 'Ababeel', 'missile', 'PK', [], ['Ababeel']],
  ['fatah', 'Fatah', 'artillery', 'PK', [], ['Fatah']],
  ['fatah-i', 'Fatah-I', 'artillery', 'PK', ['Fatah I', 'Fatah-1', 'Fatah 1']],
  ['fatah-ii', 'Fatah-II', 'artillery', 'PK', ['Fatah II', 'Fatah-2', 'Fatah 2']],
  ['agni-prime', 'Agni-Prime', 'missile', 'IN', ['Agni-P', 'Agni Prime']],
  ['agni-iv', 'Agni-IV', 'missile', 'IN', ['Agni IV', 'Agni-4', 'Agni 4']],
  ['agni-iii', 'Agni-III', 'missile', 'IN', ['Agni III', 'Agni-3', 'Agni 3']],
  ['pralay', 'Pralay', 'missile', 'IN', [], ['Pralay']],
  ['shaurya', 'Shaurya', 'missile', 'IN', [], ['Shaurya']],
  ['oniks', 'P-800 Oniks', 'missile', 'RU', ['P-800', 'Oniks', 'Yakhont'], ['Onyx']],
  ['atacms', 'ATACMS', 'missile', 'US', ['MGM-140 ATACMS', 'MGM-140']],
  ['jassm', 'JASSM', 'missile', 'US', ['AGM-158 JASSM', 'AGM-158', 'JASSM-ER']],
  ['amraam', 'AMRAAM', 'missile', 'US', ['AIM-120 AMRAAM', 'AIM-120']],
  ['hellfire', 'Hellfire', 'missile', 'US', ['AGM-114 Hellfire', 'AGM-114'], ['Hellfire']],
  ['brahmos-er', 'BrahMos-ER', 'missile', 'IN', ['BrahMos ER', 'extended-range BrahMos']],
  ['brahmos-a', 'BrahMos-A', 'missile', 'IN', ['BrahMos A', 'air-launched BrahMos']],
  ['k-4', 'K-4', 'missile', 'IN', []],
  ['k-15-sagarika', 'K-15 Sagarika', 'missile', 'IN', ['K-15'], ['Sagarika']],
  ['rudram', 'Rudram', 'missile', 'IN', ['NGARM'], ['Rudram']],
  ['smart', 'SMART', 'missile', 'IN', ['Supersonic Missile Assisted Release of Torpedo'], ['SMART']],
  ['prahaar', 'Prahaar', 'missile', 'IN', [], ['Prahaar']],
  ['agni-i', 'Agni-I', 'missile', 'IN', ['Agni I', 'Agni-1', 'Agni 1']],
  ['agni-ii', 'Agni-II', 'missile', 'IN', ['Agni II', 'Agni-2', 'Agni 2']],
  ['ra-ad', "Ra'ad", 'missile', 'PK', ['Hatf-VIII'], ["Ra'ad", 'Ra’ad', 'Raad']],
  ['ghaznavi', 'Ghaznavi', 'missile', 'PK', ['Hatf-III'], ['Ghaznavi']],
  ['shaheen-ii', 'Shaheen-II', 'missile', 'PK', ['Shaheen II', 'Shaheen-2', 'Hatf-VI']],
  ['harbah', 'Harbah', 'missile', 'PK', [], ['Harbah']],
  ['cm-400akg', 'CM-400AKG', 'missile', 'CN', ['CM-400']],
  ['pl-12', 'PL-12', 'missile', 'CN', ['SD-10']],
  ['pl-10', 'PL-10', 'missile', 'CN', []],
  ['r-73', 'R-73', 'missile', 'RU', ['AA-11 Archer']],
  ['r-77', 'R-77', 'missile', 'RU', ['RVV-AE', 'AA-12 Adder']],
  ['r-37m', 'R-37M', 'missile', 'RU', []],
  ['kh-31', 'Kh-31', 'missile', 'RU', []],
  ['kh-35', 'Kh-35', 'missile', 'RU', ['Kh-35 Uran', 'Uran-E']],
  ['kh-59', 'Kh-59', 'missile', 'RU', []],
  ['kh-101', 'Kh-101', 'missile', 'RU', []],
  ['tochka-u', 'Tochka-U', 'missile', 'RU', ['OTR-21 Tochka', 'Tochka']],
  ['topol-m', 'Topol-M', 'missile', 'RU', ['RS-12M2', 'SS-27']],
  ['burevestnik', 'Burevestnik', 'missile', 'RU', ['9M730 Burevestnik', 'SSC-X-9 Skyfall']],
  ['df-5', 'DF-5', 'missile', 'CN', ['Dongfeng-5']],
  ['df-15', 'DF-15', 'missile', 'CN', ['Dongfeng-15']],
  ['df-16', 'DF-16', 'missile', 'CN', ['Dongfeng-16']],
  ['jl-2', 'JL-2', 'missile', 'CN', ['Julang-2']],
  ['jl-3', 'JL-3', 'missile', 'CN', ['Julang-3']],
  ['cj-10', 'CJ-10', 'missile', 'CN', ['Changjian-10']],
  ['yj-18', 'YJ-18', 'missile', 'CN', ['YingJi-18']],
  ['yj-21', 'YJ-21', 'missile', 'CN', ['YingJi-21']],
  ['yj-83', 'YJ-83', 'missile', 'CN', ['C-802']],
  ['aim-9-sidewinder', 'AIM-9 Sidewinder', 'missile', 'US', ['AIM-9', 'Sidewinder']],
  ['sm-6', 'SM-6', 'missile', 'US', ['RIM-174', 'Standard Missile 6']],
  ['gbu-39', 'GBU-39', 'munition', 'US', ['Small Diameter Bomb']],
  ['mpatgm', 'MPATGM', 'missile', 'IN', ['Man-Portable Anti-Tank Guided Missile', 'Man Portable Anti-Tank Guided Missile']],
  ['sant', 'SANT', 'missile', 'IN', ['Stand-off Anti-Tank missile'], ['SANT']],
  ['abdali', 'Abdali', 'missile', 'PK', ['Hatf-II'], ['Abdali']],
  ['kh-69', 'Kh-69', 'missile', 'RU', []],

  ['astra-mk2', 'Astra Mk2', 'missile', 'IN', ['Astra Mk-2', 'Astra Mark 2', 'Astra Mk II']],
  ['k-5', 'K-5', 'missile', 'IN', [], ['K-5']],
  ['shaheen-i', 'Shaheen-I', 'missile', 'PK', ['Shaheen I', 'Shaheen-1', 'Hatf-IV']],
  ['shaheen-ia', 'Shaheen-IA', 'missile', 'PK', ['Shaheen IA', 'Shaheen-1A']],
  ['ra-ad-ii', "Ra'ad-II", 'missile', 'PK', ["Ra'ad II", 'Raad-II', 'Raad II', 'Ra’ad-II', 'Ra’ad II']],
  ['zarb', 'Zarb', 'missile', 'PK', [], ['Zarb']],
  ['df-21', 'DF-21', 'missile', 'CN', ['Dongfeng-21']],
  ['df-31', 'DF-31', 'missile', 'CN', ['Dongfeng-31', 'DF-31AG']],
  ['df-100', 'DF-100', 'missile', 'CN', ['CJ-100']],
  ['df-zf', 'DF-ZF', 'missile', 'CN', ['WU-14']],
  ['poseidon-torpedo', 'Poseidon', 'munition', 'RU', ['Status-6', 'Poseidon nuclear torpedo', 'Poseidon torpedo']],
  ['popeye', 'Popeye', 'missile', 'IL', ['Popeye Turbo'], ['Popeye']],
  ['crystal-maze', 'Crystal Maze', 'munition', 'IL', []],
  ['rbu-6000', 'RBU-6000', 'munition', 'RU', ['RBU 6000', 'Smerch-2']],

  ['agni', 'Agni', 'missile', 'IN', ['Agni series'], ['Agni']],

  ['r-360-neptune', 'R-360 Neptune', 'missile', 'UA', ['R-360'], ['Neptune']],
  ['taurus', 'Taurus KEPD 350', 'missile', 'DE', ['KEPD 350', 'Taurus missile'], ['Taurus']],
  ['fateh-110', 'Fateh-110', 'missile', 'IR', ['Fateh 110']],
  ['kheibar-shekan', 'Kheibar Shekan', 'missile', 'IR', ['Khaibar Shekan']],
  ['sejjil', 'Sejjil', 'missile', 'IR', ['Sajjil']],
  ['shahab-3', 'Shahab-3', 'missile', 'IR', ['Shahab 3']],
  ['hwasong-15', 'Hwasong-15', 'missile', 'KP', ['Hwasong 15']],
  ['hwasong-17', 'Hwasong-17', 'missile', 'KP', ['Hwasong 17']],
  ['hwasong-18', 'Hwasong-18', 'missile', 'KP', ['Hwasong 18']],
  ['kn-23', 'KN-23', 'missile', 'KP', []],

  ['bal', 'Bal', 'missile', 'RU', ['Bal-E', '3K60 Bal', '3K60'], ['Bal']],
  ['bastion', 'Bastion', 'missile', 'RU', ['K-300P Bastion', 'K-300P', 'Bastion-P'], ['Bastion']],
  ['lrasm', 'LRASM', 'missile', 'US', ['AGM-158C LRASM', 'AGM-158C']],
  ['nsm', 'Naval Strike Missile', 'missile', 'NO', ['NSM', 'Kongsberg NSM']],
  ['sm-2', 'SM-2', 'missile', 'US', ['Standard Missile 2', 'RIM-66']],
  ['itcm', 'ITCM', 'missile', 'IN', ['Indigenous Technology Cruise Missile']],
  ['lrlacm', 'LRLACM', 'missile', 'IN', ['Long Range Land Attack Cruise Missile', 'Long-Range Land Attack Cruise Missile']],
  ['nasm-sr', 'NASM-SR', 'missile', 'IN', ['Naval Anti-Ship Missile-Short Range', 'Naval Anti-Ship Missile Short Range']],
  ['nasm-mr', 'NASM-MR', 'missile', 'IN', ['Naval Anti-Ship Missile-Medium Range']],
  ['lrashm', 'LRAShM', 'missile', 'IN', ['LR-AShM', 'Long Range Anti-Ship Missile', 'Long-Range Anti-Ship Missile']],
  ['hstdv', 'HSTDV', 'missile', 'IN', ['Hypersonic Technology Demonstrator Vehicle']],
  ['amogha', 'Amogha', 'missile', 'IN', [], ['Amogha']],
  ['taimoor', 'Taimoor', 'missile', 'PK', ['Taimoor ALCM'], ['Taimoor']],
  ['smash', 'SMASH', 'missile', 'PK', ['P282 SMASH', 'P282'], ['SMASH']],
  ['hyunmoo', 'Hyunmoo', 'missile', 'KR', []],
  ['tayfun', 'Tayfun', 'missile', 'TR', [], ['Tayfun']],
  // Not "Fattah" alone: it is also a name (Abdel Fattah el-Sisi).
  ['fattah', 'Fattah', 'missile', 'IR', ['Fattah-1', 'Fattah-2'], ['Fattah']],
  ['lora', 'LORA', 'missile', 'IL', ['Air LORA', 'Long Range Artillery Weapon'], ['LORA']],
  ['ice-breaker', 'Ice Breaker', 'missile', 'IL', [], ['Ice Breaker']],
  ['hsiung-feng', 'Hsiung Feng', 'missile', 'TW', []],

  // Drones
  // Not "Sea Guardian" alone: Pakistan and China name a naval exercise "Sea Guardians".
  ['mq-9b', 'MQ-9B', 'drone', 'US', ['MQ-9B SeaGuardian', 'MQ-9B Sea Guardian', 'MQ-9B SkyGuardian', 'SeaGuardian', 'MQ-9B Predator'], ['Predator', 'Sea Guardian']],
  ['mq-9-reaper', 'MQ-9 Reaper', 'drone', 'US', ['MQ-9'], ['Reaper']],
  ['mq-9a', 'MQ-9A', 'drone', 'US', ['MQ-9A Reaper']],
  ['heron', 'Heron', 'drone', 'IL', ['IAI Heron'], ['Heron']],
  ['heron-tp', 'Heron TP', 'drone', 'IL', ['Heron-TP', 'Eitan']],
  ['heron-mk-ii', 'Heron Mk II', 'drone', 'IL', ['Heron Mk-II', 'Heron Mark II', 'Heron Mk 2']],
  ['hermes-900', 'Hermes 900', 'drone', 'IL', ['Drishti-10', 'Drishti 10', 'Elbit Hermes 900']],
  ['sky-striker', 'SkyStriker', 'drone', 'IL', ['Sky Striker']],
  ['tapas', 'TAPAS-BH-201', 'drone', 'IN', ['Rustom-II', 'Rustom 2'], ['TAPAS']],
  ['switchblade', 'Switchblade', 'drone', 'US', ['Switchblade 600', 'Switchblade 300'], ['Switchblade']],
  ['harop', 'Harop', 'drone', 'IL', ['IAI Harop']],
  ['harpy', 'Harpy', 'drone', 'IL', ['IAI Harpy'], ['Harpy']],
  ['searcher', 'Searcher', 'drone', 'IL', ['Searcher Mk II', 'Searcher Mk-II'], ['Searcher']],
  ['wing-loong', 'Wing Loong', 'drone', 'CN', ['Wing Loong I', 'Pterodactyl I']],
  ['wing-loong-ii', 'Wing Loong II', 'drone', 'CN', ['Wing Loong-II', 'Wing Loong 2']],
  ['ch-4', 'CH-4', 'drone', 'CN', ['Caihong-4']],
  ['ch-5', 'CH-5', 'drone', 'CN', ['Caihong-5']],
  ['gj-11', 'GJ-11', 'drone', 'CN', ['Sharp Sword']],
  ['orlan-10', 'Orlan-10', 'drone', 'RU', []],
  ['lancet', 'Lancet', 'drone', 'RU', ['ZALA Lancet'], ['Lancet']],
  ['bayraktar-tb2', 'Bayraktar TB2', 'drone', 'TR', ['TB2', 'Bayraktar'], []],
  ['bayraktar-akinci', 'Bayraktar Akinci', 'drone', 'TR', ['Akinci', 'Akıncı']],
  ['shahed-136', 'Shahed-136', 'drone', 'IR', ['Geran-2']],
  ['orion-drone', 'Orion', 'drone', 'RU', ['Kronshtadt Orion', 'Inokhodets'], ['Orion']],
  ['orion-e', 'Orion-E', 'drone', 'RU', []],
  ['forpost', 'Forpost', 'drone', 'RU', ['Forpost-R'], ['Forpost']],
  ['zala-kub', 'KUB-BLA', 'drone', 'RU', ['ZALA KUB-BLA', 'Kub-BLA']],
  ['ghatak', 'Ghatak', 'drone', 'IN', ['Ghatak UCAV'], ['Ghatak']],
  ['nagastra-1', 'Nagastra-1', 'drone', 'IN', ['Nagastra']],
  ['archer-ng', 'Archer-NG', 'drone', 'IN', ['Archer NG']],
  ['shahpar', 'Shahpar', 'drone', 'PK', [], ['Shahpar']],
  ['burraq', 'Burraq', 'drone', 'PK', ['NESCOM Burraq'], ['Burraq']],
  ['wz-7', 'WZ-7', 'drone', 'CN', ['Soaring Dragon']],
  ['tb3', 'Bayraktar TB3', 'drone', 'TR', ['TB3']],

  // Not "S-70" alone: Sikorsky's S-70 is the Black Hawk.
  ['s-70-okhotnik', 'S-70 Okhotnik', 'drone', 'RU', ['Okhotnik', 'Okhotnik-B']],
  ['wz-8', 'WZ-8', 'drone', 'CN', []],
  ['kizilelma', 'Kizilelma', 'drone', 'TR', ['Kızılelma', 'Bayraktar Kizilelma']],
  ['anka', 'ANKA', 'drone', 'TR', ['TAI Anka', 'Anka-S'], ['Anka']],
  ['lakshya', 'Lakshya', 'drone', 'IN', ['Lakshya-2'], ['Lakshya']],
  ['abhyas', 'Abhyas', 'drone', 'IN', [], ['Abhyas']],

  ['nishant', 'Nishant', 'drone', 'IN', [], ['Nishant']],
  ['cats-warrior', 'CATS Warrior', 'drone', 'IN', ['HAL CATS Warrior']],

  ['magura-v5', 'Magura V5', 'drone', 'UA', ['Magura']],

  ['hermes-450', 'Hermes 450', 'drone', 'IL', ['Elbit Hermes 450']],
  ['mq-1c', 'MQ-1C Gray Eagle', 'drone', 'US', ['MQ-1C', 'Gray Eagle', 'Grey Eagle']],
  ['aksungur', 'Aksungur', 'drone', 'TR', ['TAI Aksungur']],
  ['mq-28', 'MQ-28 Ghost Bat', 'drone', 'AU', ['MQ-28', 'Ghost Bat']],
  ['mohajer-6', 'Mohajer-6', 'drone', 'IR', []],

  // Munitions
  ['hammer', 'HAMMER', 'munition', 'FR', ['AASM Hammer', 'AASM'], ['HAMMER', 'Hammer']],
  ['excalibur', 'Excalibur', 'munition', 'US', ['M982 Excalibur', 'M982'], ['Excalibur']],
  ['krasnopol', 'Krasnopol', 'munition', 'RU', []],
  ['mk-54', 'Mk 54', 'munition', 'US', ['Mark 54']],
  ['mk-48', 'Mk 48', 'munition', 'US', ['Mark 48', 'Mk 48 ADCAP']],
  ['mk-46', 'Mk 46', 'munition', 'US', ['Mark 46']],
  ['varunastra', 'Varunastra', 'munition', 'IN', []],
  ['spice', 'SPICE', 'munition', 'IL', ['SPICE-2000', 'SPICE 2000', 'Spice-2000'], ['SPICE', 'Spice']],

  ['apkws', 'APKWS', 'munition', 'US', ['Advanced Precision Kill Weapon System']],
  ['srgm', 'SRGM', 'artillery', 'IT', ['Super Rapid Gun Mount', 'OTO Melara 76 mm Super Rapid']],
  ['saaw', 'SAAW', 'munition', 'IN', ['Smart Anti-Airfield Weapon']],
  ['hydra-70', 'Hydra 70', 'munition', 'US', ['Hydra-70']],
  ['jdam', 'JDAM', 'munition', 'US', ['Joint Direct Attack Munition']],
  ['paveway', 'Paveway', 'munition', 'US', ['Paveway II', 'Paveway IV']],
  ['maareech', 'Maareech', 'munition', 'IN', []],
  ['shyena', 'Shyena', 'munition', 'IN', [], ['Shyena']],

  // Engines
  ['f404', 'F404', 'engine', 'US', ['GE F404', 'F404-IN20']],
  ['f414', 'F414', 'engine', 'US', ['GE F414', 'F414-INS6']],
  ['al-31fp', 'AL-31FP', 'engine', 'RU', []],
  ['al-41f1', 'AL-41F1', 'engine', 'RU', ['AL-41F1S', 'Izdeliye 117', 'Izdeliye 117S']],
  ['izdeliye-30', 'Izdeliye 30', 'engine', 'RU', ['AL-51F1', 'AL-51F-1']],
  ['rd-33', 'RD-33', 'engine', 'RU', ['RD-33MK', 'Klimov RD-33']],
  ['ws-10', 'WS-10', 'engine', 'CN', ['WS-10 Taihang', 'WS-10B', 'WS-10C']],
  ['ws-15', 'WS-15', 'engine', 'CN', []],
  ['pd-14', 'PD-14', 'engine', 'RU', []],
  ['kaveri', 'Kaveri', 'engine', 'IN', ['GTX-35VS Kaveri', 'Kaveri engine'], ['Kaveri']],
  ['m88', 'M88', 'engine', 'FR', ['Safran M88', 'M88-2', 'Snecma M88']],
  ['f110', 'F110', 'engine', 'US', ['GE F110']],
  ['f135', 'F135', 'engine', 'US', ['Pratt & Whitney F135']],
];

/** "AH-64E Apache", "UH-60 Black Hawk": a designation followed by a one- or two-word nickname. */
const DESIGNATION_THEN_NICKNAME = /^([A-Z][A-Za-z]*-?\d[\dA-Za-z-]*) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/** Reports write the nickname first as often as last ("Apache AH-64E"): both orders name the item. */
function withNicknameFirst(spellings: readonly string[]): string[] {
  const swapped = spellings.flatMap((spelling) => {
    const parts = DESIGNATION_THEN_NICKNAME.exec(spelling);
    return parts ? [`${parts[2] ?? ''} ${parts[1] ?? ''}`] : [];
  });
  return [...new Set([...spellings, ...swapped])];
}

/** "Mk 2", "Mk II", "Mark 2", "Mark II": outlets write a mark every way ("Mk2" and "Mk-2" fold by the matcher's separators). */
const MARK = /\b(?:Mk|Mark)[ -]?(IV|I{1,3}|[1-4])(?![\p{L}\p{N}])/u;
const MARK_NUMBERS: readonly (readonly [roman: string, arabic: string])[] = [['I', '1'], ['II', '2'], ['III', '3'], ['IV', '4']];

function withMarkSpellings(spellings: readonly string[]): string[] {
  const respelt = spellings.flatMap((spelling) => {
    const mark = MARK.exec(spelling);
    const number = MARK_NUMBERS.find((pair) => pair.includes(mark?.[1] ?? ''));
    if (!mark || !number) return [];
    return ['Mk', 'Mark'].flatMap((word) => number.map((written) => spelling.replace(MARK, `${word} ${written}`)));
  });
  return [...new Set([...spellings, ...respelt])];
}

function toCatalogueItem([id, name, category, origin, aliases, cuedAliases = []]: CatalogueRow): CatalogueItem {
  const allAliases = withMarkSpellings(withNicknameFirst([name, ...aliases])).filter((spelling) => spelling !== name);
  return { id, name, aliases: allAliases, cuedAliases, category, origin };
}

export const CATALOGUE: readonly CatalogueItem[] = ROWS.map(toCatalogueItem);

const ITEMS_BY_ID = new Map(CATALOGUE.map((item) => [item.id, item]));

/** The catalogue entry with this id, or undefined for designations outside the catalogue. */
export function getCatalogueItem(id: string): CatalogueItem | undefined {
  return ITEMS_BY_ID.get(id);
}

const IDS_BY_KEY = new Map<string, string>();
for (const item of CATALOGUE) {
  for (const spelling of [item.name, ...item.aliases, ...item.cuedAliases]) {
    const key = toDesignationKey(spelling);
    if (!IDS_BY_KEY.has(key)) IDS_BY_KEY.set(key, item.id);
  }
}

/** The catalogue id of a spelling that folds to a catalogue name by the normalised key ("MiG29Ks" -> "mig-29k"), else null. */
export function findCatalogueId(spelling: string): string | null {
  return IDS_BY_KEY.get(toDesignationKey(spelling)) ?? null;
}
