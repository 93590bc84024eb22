/** Input limits shared by the API, the results page and the search boxes (client code imports this, so no zod here). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 50;
