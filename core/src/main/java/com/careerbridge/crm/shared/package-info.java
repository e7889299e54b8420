/** Small building blocks every feature uses: the base entity, value objects, the domain's exception types. */
package com.careerbridge.crm.shared;
