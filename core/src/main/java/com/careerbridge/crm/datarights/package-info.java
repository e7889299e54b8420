/**
 * Carries out a candidate's rights over their data: the complete export (one ZIP of JSON and CSV) and the erasure
 * that leaves statistics without identity. Features take part through the contracts in
 * {@code com.careerbridge.crm.privacy}; this package only decides who may ask, and drives them.
 */
package com.careerbridge.crm.datarights;
