import { describe, expect, it } from 'vitest';
import { findDesignations } from '../../../extractor/procurement/find-designations';

describe('findDesignations', () => {
  it.each<[string, string, string]>([
    ['Russia offered the Ka-226T utility helicopter.', 'Ka-226T', 'Ka-226T'],
    ['The T-90S tanks were upgraded.', 'T-90S', 'T-90S'],
    ['Egypt wanted the Su-35 jets.', 'Su-35', 'Su-35'],
    ['Tu-22M3 bombers flew over Syria.', 'Tu-22M3', 'Tu-22M3'],
    ['An Il-76 landed at Leh.', 'Il-76', 'Il-76'],
    ['The Mi-26 lifted the rotor.', 'Mi-26', 'Mi-26'],
    ['BMP-2 infantry combat vehicles moved forward.', 'BMP-2', 'BMP-2'],
    ['China showed the J-35 fighter at Zhuhai.', 'J-35', 'J-35'],
    ['Z-10 attack helicopters were seen.', 'Z-10', 'Z-10'],
    ['The PLA deployed HQ-16 batteries.', 'HQ-16', 'HQ-16'],
    ['The Type 055 destroyer sailed.', 'Type 055', 'Type 055'],
    ['SU-35 jets arrived.', 'SU-35', 'Su-35'],
    ['MIG 29 fighter jets took off.', 'MIG 29', 'MiG-29'],
    ['The Su-30SMs of the Russian Air Force flew in.', 'Su-30SMs', 'Su-30SM'],
    ['Pakistan ordered J10C fighters.', 'J10C', 'J-10C'],
    ['The deal covers F-16 jets.', 'F-16', 'F-16'],
    ['Russia supplied Kh-59 missiles.', 'Kh-59', 'Kh-59'],
    ['India will buy M4 carbines.', 'M4', 'M4'],
    ['The Super Hornet, or F/A-18 fighter, was on offer.', 'F/A-18', 'F/A-18'],
    ['India test-fired the K-4 submarine-launched ballistic missile.', 'K-4', 'K-4'],
    ['Ukraine used MiG-29UPG jets.', 'MiG-29UPG', 'MiG-29UPG'],
    ['Rostec showed the Il-114-300 turboprop.', 'Il-114-300', 'Il-114-300'],
    ['The Air Force retired its MiG-21-93 fighters.', 'MiG-21-93', 'MiG-21-93'],
    ['The Army flies Mi-8MTV-5 transport helicopters.', 'Mi-8MTV-5', 'Mi-8MTV-5'],
    ['China unveiled the J-10CE.', 'J-10CE', 'J-10CE'],
    ['The YY-20A refuelled the fighters.', 'YY-20A', 'YY-20A'],
    ['The KF-21 flew for the first time.', 'KF-21', 'KF-21'],
  ])('finds %j as %s', (sentence, text, name) => {
    expect(findDesignations(sentence)).toEqual([expect.objectContaining({ text, name })]);
  });

  it.each([
    'COVID-19 cases rose.',
    'The G-20 summit ended.',
    'The P5 nations met.',
    'She holds an F-1 visa.',
    'The H-1B visa rules changed.',
    'The bonds are rated A-1.',
    'India won the T20 World Cup.',
    'An 18-year-old was held.',
    'Type 2 diabetes is common.',
    'He bought a Mi 11X phone.',
    'Article 370 was abrogated.',
    'The PM-KISAN scheme paid out.',
    'The S 2021 report was published.',
    'Section 144 was imposed in Leh.',
    'PSLV-C49 lifted off from Sriharikota.',
    'NH-44 was closed after a landslide.',
    'MI6 and MI-5 shared the intelligence.',
    'GSAT-7A was launched to support the Navy.',
    'A Buk missile downed flight MH17 over Ukraine.',
    'INS Tamal (F71) is the last warship to be built abroad.',
    'The IL-6 levels of the patients rose.',
    'ISRO launched the PSLV-C56 and GSLV-F14 rockets.',
    'The Kalvari (S21) and Khanderi (S22) submarines were built at Mazagon.',
  ])('finds nothing in %j', (sentence) => {
    expect(findDesignations(sentence)).toEqual([]);
  });
});
