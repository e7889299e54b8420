/** The arithmetic of two-factor login: TOTP codes (RFC 6238), Base32 secrets and recovery codes, free of storage. */
package com.careerbridge.crm.account.twofactor;
