/** The CloudEvent contract of HR Assist: event types, one record per event's data, and their shared value types. */
package io.hrassist.events;
