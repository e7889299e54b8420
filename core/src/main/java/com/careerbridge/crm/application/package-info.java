/** Job applications and their outcomes: where the candidate applied, how far it went, and how ready they were. */
package com.careerbridge.crm.application;
