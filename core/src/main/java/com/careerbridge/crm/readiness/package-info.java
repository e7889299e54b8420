/** Readiness: how prepared a candidate is for each target role, computed from evidence, with its history. */
package com.careerbridge.crm.readiness;
