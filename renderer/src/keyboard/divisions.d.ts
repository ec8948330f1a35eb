export interface Division {
    /** Six digits: 310000 a province, 310100 a city, 310114 a district. */
    code: string;
    name: string;
    children: Division[];
}
export declare function loadDivisions(): Promise<Division[]>;
/** The chosen divisions, outermost first, for a code: '310114' → [上海市, 嘉定区]. */
export declare function divisionPath(table: readonly Division[], code: string): Division[];
/** The digits that name a division: 31 for a province, 3101 for a city, all six for a district. */
export declare const significantPrefix: (code: string) => string;
/** How an address's area reads: the names in order ('上海市嘉定区'). */
export declare const areaText: (path: readonly Division[]) => string;
