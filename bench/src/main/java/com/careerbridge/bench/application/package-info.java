/** Job applications at scale: the outcomes report, the applications view, the dashboard counts. */
package com.careerbridge.bench.application;
