package org.jointcase.directory;

public enum RegionLevel {
	PROVINCE, CITY, DISTRICT
}
