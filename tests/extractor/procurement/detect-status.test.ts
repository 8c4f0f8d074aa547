import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../extractor/procurement/detect-status';
import type { ProcurementStatus } from '../../../schema/bundle';

describe('detectStatus', () => {
  it.each<[string, ProcurementStatus]>([
    ['The first batch of Rafale jets arrived at Ambala.', 'delivered'],
    ['The Navy has taken delivery of the sixth submarine.', 'delivered'],
    ['The last Apache helicopters were handed over to the IAF.', 'delivered'],
    ['Russia completed the delivery of the second regiment.', 'delivered'],
    ['The Rafale jets will be formally inducted next week.', 'delivery-pending'],
    ['Rajnath Singh to formally induct Rafale on September 10.', 'delivery-pending'],
    ['The jets are yet to be delivered.', 'delivery-pending'],
    ['The delivery of the first batch of S-400 missile systems to India is scheduled by the end of 2021.', 'delivery-pending'],
    ['Singh is also likely to request the Russian side to ensure timely delivery of the S-400 missile defence systems to India.', 'delivery-pending'],
    ['India was supposed to get the S-400 missile defense system by December 2021 but its delivery is being delayed due to coronavirus COVID-19 pandemic.', 'delayed'],
    ['Deliveries have slipped behind schedule.', 'delayed'],
    ['The handover was postponed to next year.', 'delayed'],
    ['The jets will be delivered without any delay.', 'delivery-pending'],
    ['BrahMos Missile System as well as the licensed production in India of SU-30 aircraft and T-90 tanks are examples of cooperation.', 'in-production'],
    ['Both sides welcomed the advance stage of discussions for the establishment in India of an India-Russian Joint Venture for the production of AK203 assault rifles.', 'negotiating'],
    ['Talks on the local production of the Ka-226T helicopters resumed in Moscow.', 'negotiating'],
    ['The two sides held negotiations for manufacturing the engines in Bengaluru.', 'negotiating'],
    ['The joint venture produces the rifles at Korwa; talks on exports continue.', 'in-production'],
    ['HAL manufactures the jets at Nashik.', 'in-production'],
    ['The two countries have signed several defence deals, including the USD 5.2 billion deal for S-400 missile defence systems.', 'contracted'],
    ['India signed a contract for 83 Tejas jets.', 'contracted'],
    ['Egypt ordered 30 more Rafale jets.', 'contracted'],
    ['A $3 billion deal for 31 drones.', 'contracted'],
    ['India will sign a contract for the drones next month.', 'negotiating'],
    ['The two sides agreed on the joint production of helicopters.', 'agreed'],
    ['An inter-governmental agreement for the helicopters was signed in 2015.', 'agreed'],
    ['The navies signed an MoU on spares.', 'agreed'],
    ['Both sides are expected to officially finalise a long-pending proposal to produce AK 203 rifles in India.', 'negotiating'],
    ['Singh is likely to press for the early supply of weapons.', 'negotiating'],
    ['Talks on the purchase of 26 Rafale-M jets are at an advanced stage.', 'negotiating'],
    ['The Defence Acquisition Council approved the purchase of the drones.', 'negotiating'],
    ['Russia has started supplying the systems to India.', 'delivered'],
    ['The first submarine is expected by 2025.', 'delivery-pending'],
    ['The contract is expected to be signed in December.', 'negotiating'],
    ['The two countries are close to a deal for 21 jets.', 'negotiating'],
    ['India wants to buy 31 drones.', 'negotiating'],
    ['India received assurances on the timely supply of the S-400.', 'mentioned'],
    ['The ministry received bids for 114 fighter jets.', 'negotiating'],
    ['The Su-30MKI is the mainstay of the Indian Air Force.', 'mentioned'],
    ['Russia test-fired the Zircon missile.', 'mentioned'],
  ])('"%s" -> %s', (sentence, status) => {
    expect(detectStatus(sentence)).toBe(status);
  });
});
