/** Start to readiness of the packaged application on its embedded database: plain jar and JDK AOT cache. */
package com.careerbridge.bench.startup;
