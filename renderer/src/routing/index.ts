export { hashToRoute, routeToHash, seriesRouteOf, type Route } from './route';
export { navigate, useRoute } from './useRoute';
