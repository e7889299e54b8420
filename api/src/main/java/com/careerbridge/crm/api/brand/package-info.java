/** The consultancy's name and logo, public: the mobile app shows them on its sign-in screen. */
package com.careerbridge.crm.api.brand;
