/**
 * A candidate's rights over their data, as contracts every feature can depend on: the erasure events and the
 * {@link com.careerbridge.crm.privacy.PersonalDataSection} each feature implements for the export. This package depends
 * on no feature, so any feature may listen and contribute without a cycle; the services that drive export and
 * erasure live in {@code com.careerbridge.crm.datarights}.
 */
package com.careerbridge.crm.privacy;
