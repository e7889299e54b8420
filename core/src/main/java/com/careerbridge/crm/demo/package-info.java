/** A living demo consultancy for newcomers: consultants, candidates at every stage, sessions and progress. */
package com.careerbridge.crm.demo;
